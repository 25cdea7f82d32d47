// A Scopus CSV export whose abstracts carry their publishers' notices (Elsevier, Mary Ann
// Liebert, APA, Taylor & Francis, IEEE, MDPI, Wiley, Springer): none of it may reach what the
// map says about the papers.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestInputs } from '../../../src/core/ingest-all.ts';
import { buildMap, type BuildResult, type InputFile } from '../../../src/core/pipeline.ts';
import { createNlp } from '../../../src/core/text/wink.ts';

const scopus: InputFile = {
  name: 'scopus-export.csv',
  text: readFileSync('test/fixtures/scopus-export.csv', 'utf8'),
};

/** Words of the notices that no label, keyphrase or shared term may contain. */
const NOTICE_WORDS =
  /elsevier|liebert|rights reserved|\bapa\b|psycinfo|wiley|vch|mdpi|licensee|basel|springer|\binforma\b|taylor|francis|ieee|creative commons|licen[cs]e|open access|copyright|authors?\b|publish/i;

let result: BuildResult;
beforeAll(async () => {
  const nlp = createNlp();
  result = await buildMap([scopus], { clusters: 2 }, { nlp: () => nlp });
});

describe('a Scopus export with publisher notices', () => {
  it('has a notice in every abstract, as read', async () => {
    const { papers } = await ingestInputs([scopus]);
    expect(papers).toHaveLength(9);
    for (const p of papers) expect(p.extra['copyright']).toMatch(/©|\(c\)/);
    expect(papers.map((p) => p.extra['copyright'])).toContain(
      '(PsycInfo Database Record (c) 2022 APA, all rights reserved)',
    );
  });

  it('shows abstracts without them, and without the licence links', () => {
    for (const n of result.graph.nodes) {
      expect(n.attributes.abstract).not.toMatch(/©|\(c\) 20|rights reserved|Licensee|Published by/);
      expect(n.attributes.abstract).toMatch(/\.$/);
      expect(n.attributes.links.join(' ')).not.toContain('creativecommons');
    }
  });

  it('never names a publisher in labels, keyphrases or why-related terms', () => {
    const { clusters } = result.graph.attributes;
    const said = [
      ...clusters.flatMap((c) => [c.label, ...c.keywords]),
      ...result.graph.nodes.flatMap((n) => n.attributes.keywords),
      ...result.graph.edges.flatMap((e) => e.attributes.shared),
    ];
    expect(said.length).toBeGreaterThan(50);
    expect(said.filter((term) => NOTICE_WORDS.test(term))).toEqual([]);
  });

  it('still finds the topics: batteries apart from mental health', () => {
    const clusterOf = new Map(
      result.graph.nodes.map((n) => [n.attributes.title, n.attributes.cluster]),
    );
    const battery = [...clusterOf].filter(([t]) => /lithium/i.test(t)).map(([, c]) => c);
    const therapy = [...clusterOf].filter(([t]) => !/lithium/i.test(t)).map(([, c]) => c);
    expect(new Set(battery).size).toBe(1);
    expect(new Set(therapy).size).toBe(1);
    expect(battery[0]).not.toBe(therapy[0]);
  });
});
