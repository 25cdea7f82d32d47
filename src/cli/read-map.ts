// Reads a graph file given to the CLI: a whole map, or a split map's map file with its detail
// files (found beside it, where `papermap build` wrote them), checked and joined into one.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { graphFileProblems, upgradeGraphFile, type GraphFile } from '../core/graph-file.ts';
import { InputError } from '../core/ingest/index.ts';
import {
  detailsFileProblems,
  joinGraphFile,
  partKeys,
  type DetailsFile,
} from '../core/split-map.ts';

/** The text's map if it is a graph file (a whole map or a split map's map file), else null. */
export function asGraphFile(text: string): GraphFile | null {
  try {
    const data: unknown = upgradeGraphFile(JSON.parse(text));
    return graphFileProblems(data).length === 0 ? (data as GraphFile) : null;
  } catch {
    return null;
  }
}

/** Reads and checks a split map's detail files; problems are listed with each file's name. */
export async function readDetails(
  mapPath: string,
  map: GraphFile,
): Promise<{ details: DetailsFile[]; problems: string[] }> {
  const split = map.attributes.split;
  if (!split) return { details: [], problems: [] };
  const keys = partKeys(
    map.nodes.map((n) => n.key),
    split,
  );
  const details: DetailsFile[] = [];
  const problems: string[] = [];
  for (const [part, file] of split.files.entries()) {
    const path = join(dirname(mapPath), file);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(`${path}: ${code ? `cannot read (${code})` : 'not valid JSON'}`);
      continue;
    }
    const found = detailsFileProblems(data, part, keys[part] ?? []);
    problems.push(...found.map((p) => `${path}: ${p}`));
    if (found.length === 0) details.push(data as DetailsFile);
  }
  return { details, problems };
}

/** The whole map of a graph file: a split map joined with its detail files (or one line why not). */
export async function wholeMap(mapPath: string, map: GraphFile): Promise<GraphFile> {
  if (!map.attributes.split) return map;
  const { details, problems } = await readDetails(mapPath, map);
  if (problems.length > 0)
    throw new InputError(
      mapPath,
      `${mapPath}: a split map whose detail files are not all there or not right: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    );
  return joinGraphFile(map, details);
}
