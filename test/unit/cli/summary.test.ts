import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../src/cli/summary.ts';
import type { BuildResult } from '../../../src/core/pipeline.ts';

/** Just what the summary reads of a build. */
function result(titleDerived: number): BuildResult {
  return {
    report: {
      inputs: [{ name: 'notes.csv', format: 'csv', records: 12 }],
      counts: { records: 12, nodes: 10, merged: 1, rejected: 1, titleDerived },
    },
    graph: { nodes: Array(10), edges: Array(30), attributes: { clusters: [] } },
  } as unknown as BuildResult;
}

describe('formatSummary', () => {
  it.each([
    [0, '10 papers, 1 merged'],
    [1, '10 papers (1 titled from its abstract), 1 merged'],
    [3, '10 papers (3 titled from their abstracts), 1 merged'],
  ])('with %i untitled records: "%s"', (n, part) => {
    const first = formatSummary(result(n), 'map.json', 1500).split('\n')[0];
    expect(first).toBe(`Read 12 records from 1 file(s): ${part} as duplicates, 1 rejected.`);
  });
});
