// The build report accounts for every input record: it became a node, was merged into one, or
// was rejected with a reason. records = nodes + merged + rejected, always.
import type { RecordLocation } from './types.ts';

/** `titleDerived: true` when the record had no title and was titled from its abstract. */
export type RecordFate =
  | { where: string; status: 'node'; id: string; title: string; titleDerived?: true }
  | { where: string; status: 'merged'; into: string; title: string; titleDerived?: true }
  | { where: string; status: 'rejected'; reason: string };

export interface InputSummary {
  name: string;
  format: string;
  records: number;
  /** Present when the file was not UTF-8: what it was read as (e.g. "windows-1252"). */
  encoding?: string;
}

export interface BuildReport {
  schema: 'papermap-report/1';
  inputs: InputSummary[];
  /**
   * records = nodes + merged + rejected. `titleDerived` is a part of `nodes`: the papers shown
   * with a title made from their abstract.
   */
  counts: {
    records: number;
    nodes: number;
    merged: number;
    rejected: number;
    titleDerived: number;
  };
  records: RecordFate[];
  clusters: { id: number; label: string; size: number }[];
}

/** "refs.bib:12 (smith2020)", "papers.csv:7", "papers.json item 3". */
export function formatLocation(location: RecordLocation): string {
  const { file, line, key, index } = location;
  const base = line !== undefined ? `${file}:${line}` : `${file} item ${index + 1}`;
  return key ? `${base} (${key})` : base;
}

/** Orders fates by input file, then position in it, so the report reads like the inputs. */
export function compareLocations(
  a: RecordLocation,
  b: RecordLocation,
  fileOrder: string[],
): number {
  return fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.index - b.index;
}

export function countFates(records: RecordFate[]): BuildReport['counts'] {
  const counts = { records: records.length, nodes: 0, merged: 0, rejected: 0, titleDerived: 0 };
  for (const r of records) {
    if (r.status === 'node') {
      counts.nodes++;
      if (r.titleDerived) counts.titleDerived++;
    } else if (r.status === 'merged') counts.merged++;
    else counts.rejected++;
  }
  return counts;
}

/**
 * What became of the records, in one sentence: "Read 48 records from 2 file(s): 45 papers (1
 * titled from its abstract), 1 merged as duplicates, 2 rejected." The CLI prints it after a
 * build; the page that builds maps shows it.
 */
export function describeCounts(report: Pick<BuildReport, 'counts' | 'inputs'>): string {
  const { counts } = report;
  const derived =
    counts.titleDerived === 1
      ? ' (1 titled from its abstract)'
      : counts.titleDerived > 1
        ? ` (${counts.titleDerived} titled from their abstracts)`
        : '';
  return `Read ${counts.records} records from ${report.inputs.length} file(s): ${counts.nodes} papers${derived}, ${counts.merged} merged as duplicates, ${counts.rejected} rejected.`;
}
