// Reads every input into papers and accounts for every record: the first stage of the pipeline.
import {
  detectFormat,
  FORMAT_NAMES,
  InputError,
  readRecords,
  type InputEncoding,
} from './ingest/index.ts';
import { isRejected, mergeDuplicates, toPaper } from './papers.ts';
import { compareLocations, formatLocation, type InputSummary, type RecordFate } from './report.ts';
import type { InputFormat, Paper, RecordLocation } from './types.ts';

export interface InputFile {
  /** The name shown in messages: the path as the user gave it. */
  name: string;
  text: string;
  /** Overrides detection from the name and the content. */
  format?: InputFormat;
  /** How the shell that read the file decoded its bytes (decodeText); UTF-8 when not given. */
  encoding?: InputEncoding;
}

export interface IngestResult {
  papers: Paper[];
  inputs: InputSummary[];
  fates: RecordFate[];
}

/** The report says `titleDerived: true` only where it is true, as the graph file does. */
const derived = (titleDerived: boolean): { titleDerived?: true } =>
  titleDerived ? { titleDerived: true } : {};

export async function ingestInputs(inputs: InputFile[]): Promise<IngestResult> {
  const candidates: Paper[] = [];
  const located: { location: RecordLocation; fate: RecordFate }[] = [];
  const summaries: InputSummary[] = [];
  for (const input of inputs) {
    const format = input.format ?? detectFormat(input.name, input.text);
    if (!format)
      throw new InputError(
        input.name,
        `${input.name}: cannot tell the format from the name or the content; name it with --format (${FORMAT_NAMES.join(', ')})`,
      );
    const { records, rejected } = await readRecords(input.text, input.name, format);
    summaries.push({
      name: input.name,
      format,
      records: records.length + rejected.length,
      // Said only when it is not UTF-8, so that reports of UTF-8 inputs stay as they were.
      ...(input.encoding && input.encoding !== 'utf-8' ? { encoding: input.encoding } : {}),
    });
    for (const r of rejected)
      located.push({
        location: r.location,
        fate: { where: formatLocation(r.location), status: 'rejected', reason: r.reason },
      });
    for (const record of records) {
      const paper = toPaper(record);
      if (isRejected(paper))
        located.push({
          location: paper.location,
          fate: { where: formatLocation(paper.location), status: 'rejected', reason: paper.reason },
        });
      else candidates.push(paper);
    }
  }
  const { papers, merged } = mergeDuplicates(candidates);
  for (const p of papers)
    located.push({
      location: p.location,
      fate: {
        where: formatLocation(p.location),
        status: 'node',
        id: p.id,
        title: p.title,
        ...derived(p.titleDerived),
      },
    });
  for (const m of merged)
    located.push({
      location: m.location,
      fate: {
        where: formatLocation(m.location),
        status: 'merged',
        into: m.into,
        title: m.title,
        ...derived(m.titleDerived),
      },
    });
  const fileOrder = inputs.map((i) => i.name);
  located.sort((a, b) => compareLocations(a.location, b.location, fileOrder));
  return { papers, inputs: summaries, fates: located.map((l) => l.fate) };
}
