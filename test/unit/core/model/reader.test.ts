// What a reader checks on the default map: "why related" terms and cluster names that are
// topical, and true of the papers they are shown for.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMap } from '../../../../src/core/pipeline.ts';
import { analyseDocument } from '../../../../src/core/text/analyse.ts';
import { wordStems } from '../../../../src/core/text/phrase-key.ts';
import { createNlp } from '../../../../src/core/text/wink.ts';
import type { GraphFile } from '../../../../src/core/graph-file.ts';

/** Words and verbs that say nothing about why two papers are related, or what a cluster is. */
const GENERIC = (
  'require yield base exist customize construct develop compare induce significant novel high ' +
  "low open robust relatively include general learn world effort answer assumption 's approach " +
  'method result performance model models data problem task work paper study baseline input ' +
  'output cost time source code class algorithm machine learning'
).split(' ');

let graph: GraphFile;
beforeAll(async () => {
  const text = readFileSync('data/sparsity-papers.txt', 'utf8');
  ({ graph } = await buildMap([{ name: 'sparsity-papers.txt', text }], {}, { nlp: createNlp }));
}, 30_000);

/** Normalised word stems, as the text stage spells them ("LLMs" -> "llm", "pruned" -> "prune"). */
const stemsOf = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .flatMap((w) => wordStems(w).split(' '));

/** The acronym a run of words could be written as: "larg languag model" -> "llm". */
const initials = (stems: string[]) => stems.map((s) => s[0]).join('');

const isGeneric = (term: string) =>
  GENERIC.includes(term.toLowerCase()) ||
  term
    .toLowerCase()
    .split(/[\s-]+/)
    .every((w) => GENERIC.includes(w) || GENERIC.includes(w.replace(/s$/, '')));

describe('the default map, as a reader sees it', () => {
  it('explains links with topical terms, never generic words or verbs', () => {
    const shown = graph.edges.flatMap((e) => e.attributes.shared);
    expect(shown.length).toBeGreaterThan(graph.edges.length);
    for (const term of shown) expect(isGeneric(term), term).toBe(false);
  });

  it('shows only terms that both papers use', () => {
    // A paper uses a word when one of its words has the same stem, or the same lemma
    // ("matrices" is "matrix" to a reader, though not to Porter). It uses a term also when it
    // writes it as one word ("nonconvex" for "non-convex") or by its acronym ("LLMs" for
    // "large language models"): one name for one thing across the corpus.
    const nlp = createNlp();
    const words = new Map(
      graph.nodes.map((n) => {
        const { title, abstract } = n.attributes;
        const lemmas = analyseDocument(nlp, title, abstract).lemmas.flatMap(stemsOf);
        return [n.key, new Set([...stemsOf(`${title} ${abstract}`), ...lemmas])];
      }),
    );
    const uses = (paper: Set<string>, stems: string[], i: number) =>
      paper.has(stems[i]) ||
      paper.has(stems[i] + (stems[i + 1] ?? '')) ||
      paper.has((stems[i - 1] ?? '') + stems[i]) ||
      stems.some((_, from) =>
        stems.some(
          (_, to) =>
            from <= i && i < to && to - from >= 2 && paper.has(initials(stems.slice(from, to))),
        ),
      );
    for (const e of graph.edges)
      for (const term of e.attributes.shared) {
        const stems = stemsOf(term);
        for (let i = 0; i < stems.length; i++) {
          expect(uses(words.get(e.source)!, stems, i), `${term} in ${e.source}`).toBe(true);
          expect(uses(words.get(e.target)!, stems, i), `${term} in ${e.target}`).toBe(true);
        }
      }
  });

  it('never shows a word of a phrase it already shows', () => {
    for (const e of graph.edges) {
      const phrases = e.attributes.shared.filter((t) => t.includes(' '));
      for (const word of e.attributes.shared.filter((t) => !t.includes(' ')))
        for (const p of phrases) expect(stemsOf(p)).not.toContain(stemsOf(word)[0]);
    }
  });

  it('names clusters and lists keywords without generic words', () => {
    for (const c of graph.attributes.clusters) {
      const parts = c.label.split(' · ');
      expect(parts.length).toBeGreaterThanOrEqual(1);
      expect(parts.length).toBeLessThanOrEqual(3);
      for (const p of [...parts, ...c.keywords]) expect(isGeneric(p), p).toBe(false);
    }
  });

  it('keeps the sparse autoencoder papers together, and the sparse attention papers', () => {
    const clusterOf = (title: string) =>
      graph.nodes.find((n) => n.attributes.title.startsWith(title))!.attributes.cluster;
    const sae = [
      'Adaptive Sparse Allocation',
      'Towards Principled Evaluations of Sparse Autoencoders',
      'Taming Polysemanticity',
      'From Flat to Hierarchical',
    ].map(clusterOf);
    expect(new Set(sae).size).toBe(1);
    expect(clusterOf('The Sparse Frontier')).toBe(clusterOf('Post-Training Sparse Attention'));
  });
});
