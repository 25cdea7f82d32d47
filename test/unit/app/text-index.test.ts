import { describe, expect, it } from 'vitest';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import { buildTextIndex } from '../../../src/app/state/text-index.ts';
import { fixtureGraph } from './fixture.ts';

function textIndex() {
  const graph = fixtureGraph();
  return buildTextIndex(graph, buildMapIndex(graph).texts);
}

describe('text index', () => {
  it('answers which papers mention a phrase, whether built at once or in chunks', async () => {
    expect([...textIndex().phrases.papersMatching('networks')].sort()).toEqual(['a', 'c']);
    const chunked = textIndex();
    await chunked.prepare();
    expect([...chunked.phrases.papersMatching('networks')].sort()).toEqual(['a', 'c']);
  });

  it('searches the papers, whether built at once or in chunks; an empty query is no search', async () => {
    const atOnce = textIndex();
    const chunked = textIndex();
    await chunked.prepare();
    expect(atOnce.search('pruning')).toEqual(chunked.search('pruning'));
    expect(atOnce.search('pruning')).toContain('a');
    expect(atOnce.search('  ')).toBeNull();
  });
});
