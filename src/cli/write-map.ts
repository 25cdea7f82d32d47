// Writes a built map: one graph file, or (large, or asked for) a split map's map file and its
// detail files in a folder beside it (core/split-map.ts). What was there from an earlier build
// of the same output and is not part of this one is removed, so the folder never mixes builds.
import { mkdir, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { GraphFile } from '../core/graph-file.ts';
import { InputError } from '../core/ingest/index.ts';
import { detailsFolderName, SPLIT_ABOVE_BYTES, splitGraphFile } from '../core/split-map.ts';

/** `auto`: split above SPLIT_ABOVE_BYTES of whole map; `--split` / `--no-split` decide. */
export type SplitMode = 'auto' | 'always' | 'never';

export interface WrittenMap {
  /** Bytes of the graph file (the map file of a split map). */
  bytes: number;
  /** The detail files' folder (as given with -o's folder) and their bytes; null for one file. */
  details: { folder: string; files: number; bytes: number } | null;
}

const json = (data: unknown) => JSON.stringify(data) + '\n';

/** The detail file names this tool writes: a folder of them is ours to tidy. */
const DETAILS_FILE = /^\d{4,}\.json$/u;

export async function writeMap(
  output: string,
  graph: GraphFile,
  mode: SplitMode,
): Promise<WrittenMap> {
  const folderName = detailsFolderName(basename(output));
  const folder = join(dirname(output), folderName);
  const split = mode === 'never' ? null : splitTexts(graph, folderName);
  // The split's parts add up to the whole map's size: a small map is written whole after all.
  const keep = split && (mode === 'always' || split.bytes > SPLIT_ABOVE_BYTES) ? split : null;
  await removeStaleDetails(folder, keep ? keep.details.map((d) => basename(d.path)) : []);
  if (!keep) {
    const text = json(graph);
    await writeText(output, text);
    return { bytes: Buffer.byteLength(text), details: null };
  }
  for (const d of keep.details) await writeText(join(dirname(output), d.path), d.text);
  // The map file last: a reader who opens it while the build writes finds its parts there.
  await writeText(output, keep.mapText);
  const mapBytes = Buffer.byteLength(keep.mapText);
  return {
    bytes: mapBytes,
    details: { folder, files: keep.details.length, bytes: keep.bytes - mapBytes },
  };
}

/** A split map's texts, and their bytes all together. */
function splitTexts(graph: GraphFile, folderName: string) {
  const split = splitGraphFile(graph, folderName);
  const mapText = json(split.map);
  const details = split.details.map((d) => ({ path: d.path, text: json(d.file) }));
  const bytes = details.reduce((n, d) => n + Buffer.byteLength(d.text), Buffer.byteLength(mapText));
  return { mapText, details, bytes };
}

async function removeStaleDetails(folder: string, keep: readonly string[]) {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return; // no folder: nothing from an earlier build
  }
  const wanted = new Set(keep);
  for (const name of names)
    if (DETAILS_FILE.test(name) && !wanted.has(name)) await rm(join(folder, name), { force: true });
  if (keep.length === 0) await rmdir(folder).catch(() => {}); // kept when the user put more there
}

export async function writeText(file: string, text: string) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(file, `${file}: cannot write (${code})`);
  }
}
