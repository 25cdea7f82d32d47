// Versions of papermap and of the packages that shape its output, recorded in every graph file.
import { readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const PACKAGES = [
  'wink-nlp',
  'wink-eng-lite-web-model',
  'ml-kmeans',
  'graphology',
  'graphology-layout-forceatlas2',
  'graphology-layout-noverlap',
];

async function versionAt(packageJson: URL): Promise<string> {
  try {
    return (JSON.parse(await readFile(packageJson, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

let cached: Record<string, string> | null = null;

export async function readVersions(): Promise<Record<string, string>> {
  if (cached) return cached;
  const versions: Record<string, string> = {
    papermap: await versionAt(new URL('package.json', root)),
  };
  for (const name of PACKAGES)
    versions[name] = await versionAt(new URL(`node_modules/${name}/package.json`, root));
  cached = versions;
  return versions;
}
