// Makes benchmark corpora of any size from the shared evaluation datasets: the real abstracts
// first, then new papers that splice the opening of one abstract onto the end of another from
// the same dataset (seeded), so that vocabulary and topic structure stay realistic.
import { readFile } from 'node:fs/promises';
import { createRandom } from '../src/core/model/random.ts';

const DATASETS = ['arxiv10_1k.jsonl', 'inspec_dev.jsonl', 'semeval2017.jsonl'];

interface Source {
  title: string;
  sentences: string[];
  dataset: number;
}

async function loadSources(datasetDir: string): Promise<Source[]> {
  const sources: Source[] = [];
  for (const [dataset, file] of DATASETS.entries()) {
    const text = await readFile(`${datasetDir}/${file}`, 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { title?: string; abstract: string };
      const sentences = r.abstract.split(/(?<=[.!?])\s+(?=[A-Z])/);
      const title = r.title?.trim() || r.abstract.split(/\s+/).slice(0, 9).join(' ');
      sources.push({ title, sentences, dataset });
    }
  }
  return sources;
}

export async function makeCorpus(size: number, datasetDir: string, seed = 1): Promise<string> {
  const sources = await loadSources(datasetDir);
  const random = createRandom(seed);
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const base = sources[i % sources.length];
    let abstract = base.sentences.join(' ');
    let title = base.title;
    if (i >= sources.length) {
      const sameDataset = sources.filter((s) => s.dataset === base.dataset);
      const donor = sameDataset[Math.floor(random() * sameDataset.length)];
      const head = base.sentences.slice(0, Math.ceil(base.sentences.length / 2));
      const tail = donor.sentences.slice(Math.floor(donor.sentences.length / 2));
      abstract = [...head, ...tail].join(' ');
      title = `${base.title} (variant ${Math.floor(i / sources.length)})`;
    }
    lines.push(JSON.stringify({ id: `bench-${i}`, title, abstract }));
  }
  return lines.join('\n') + '\n';
}
