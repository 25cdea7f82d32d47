// The single-file export the tests open from file://: the default map with a hostile title (a
// `</script>` that would end the data block and run a script if it were not escaped) and the
// guided tour of support/tour.ts.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphFile } from '../../../src/core/graph-file.ts';
import { run } from './site.ts';
import { withTour } from './tour.ts';

export const SINGLE_FILE = 'single-file/map.html';
export const HOSTILE_TITLE = 'Sparsity </script><script>window.__pwned=1</script> <!-- map';

export async function writeSingleFile(servedDir: string): Promise<void> {
  const graph = JSON.parse(await readFile(join(servedDir, 'graph.json'), 'utf8')) as GraphFile;
  graph.attributes.title = HOSTILE_TITLE;
  const input = join(servedDir, 'hostile-title.json');
  await writeFile(input, JSON.stringify(withTour(graph)));
  const args = ['export', input, '--single-file', join(servedDir, SINGLE_FILE), '--quiet'];
  await run(process.execPath, ['bin/papermap.js', ...args]);
}
