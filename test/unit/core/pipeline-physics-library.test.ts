// A physics library as older catalogues give it: formulas with Unicode subscripts, a title in
// capitals, and abstracts in French, German and Spanish beside the English ones.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMap, type BuildResult } from '../../../src/core/pipeline.ts';
import { createNlp } from '../../../src/core/text/wink.ts';

type Text = { title: string; abstract: string };
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), 'utf8'));
const physics = fixture('physics-formulas.json') as Text[];
const languages = fixture('other-languages.json') as Record<string, Text[]>;
const foreign = [...languages.french, ...languages.german, ...languages.spanish];
const papers = [...physics, languages.english[0], ...foreign];

/** Words a reader would see as French, German or Spanish. */
const FOREIGN_WORD =
  /\b(la|le|les|de|des|du|der|die|das|von|del|los|las)\b|[éèêàçäöüßñáíó]|étude|température|photoleit/iu;

let result: BuildResult;
beforeAll(async () => {
  const nlp = createNlp();
  const text = JSON.stringify(papers);
  result = await buildMap([{ name: 'library.json', text }], { clusters: 2 }, { nlp: () => nlp });
});

describe('a physics library with formulas, capitals and other languages', () => {
  const nodeOf = (title: string) => result.graph.nodes.find((n) => n.attributes.title === title)!;

  it('maps every paper, with its title as written', () => {
    expect(result.graph.nodes).toHaveLength(papers.length);
    expect(nodeOf('CUPROUS OXIDE PHOTOVOLTAIC CELLS')).toBeDefined();
    expect(nodeOf('Étude de la photoconductivité de la cuprite')).toBeDefined();
  });

  it('keeps formulas whole and shows them as written', () => {
    const keywords = result.graph.nodes.flatMap((n) => n.attributes.keywords);
    expect(keywords.filter((k) => k.includes('Cu₂O')).length).toBeGreaterThan(2);
    expect(keywords.filter((k) => /(^|\s|\/)cu$/i.test(k))).toEqual([]);
    const labels = result.graph.attributes.clusters.map((c) => c.label).join(' · ');
    expect(labels).not.toMatch(/\bcu\b/i);
  });

  it('shows the keyphrases of a title in capitals in readable case', () => {
    const keywords = nodeOf('CUPROUS OXIDE PHOTOVOLTAIC CELLS').attributes.keywords;
    expect(keywords).toContain('cuprous oxide photovoltaic cells');
    expect(keywords.join(' ')).not.toMatch(/[A-Z]{4}/);
  });

  it('names no cluster and explains no link with words of another language', () => {
    for (const p of foreign) expect(nodeOf(p.title).attributes.keywords).toEqual([]);
    const labels = result.graph.attributes.clusters.map((c) => c.label);
    expect(labels.filter((l) => FOREIGN_WORD.test(l))).toEqual([]);
    const shared = result.graph.edges.flatMap((e) => e.attributes.shared);
    expect(shared.filter((t) => FOREIGN_WORD.test(t))).toEqual([]);
  });
});
