// The short summary printed after a build: what was read, what became of it, the clusters.
import type { BuildResult } from '../core/pipeline.ts';
import { describeCounts } from '../core/report.ts';
import type { WrittenMap } from './write-map.ts';

/** Rejected records listed in full; past this, the report has the rest. */
const MAX_LISTED_REJECTIONS = 20;

export function formatRejections(result: BuildResult): string[] {
  const rejected = result.report.records.filter((r) => r.status === 'rejected');
  const lines = rejected
    .slice(0, MAX_LISTED_REJECTIONS)
    .map((r) => `papermap: skipped ${r.where}: ${r.reason}`);
  if (rejected.length > MAX_LISTED_REJECTIONS)
    lines.push(
      `papermap: … and ${rejected.length - MAX_LISTED_REJECTIONS} more skipped records (see --report)`,
    );
  return lines;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function formatSummary(
  result: BuildResult,
  output: string,
  elapsedMs: number,
  written?: WrittenMap,
): string {
  const { graph } = result;
  const lines = [
    describeCounts(result.report),
    `Wrote ${output}: ${graph.nodes.length} papers, ${graph.edges.length} links, ${graph.attributes.clusters.length} clusters in ${(elapsedMs / 1000).toFixed(1)} s.`,
  ];
  if (written?.details) {
    const { files, folder, bytes } = written.details;
    lines.push(
      `Split: the map file (${size(written.bytes)}) opens first; the papers' abstracts, authors and keyphrases are in ${files} file${files === 1 ? '' : 's'} in ${folder}/ (${size(bytes)}), fetched as readers open papers or search. Serve the folder with the map file.`,
    );
  }
  for (const c of graph.attributes.clusters)
    lines.push(`  ${String(c.size).padStart(5)}  ${c.label}`);
  return lines.join('\n');
}
