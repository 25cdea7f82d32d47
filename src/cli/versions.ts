// Versions of papermap and of the packages that shape its output, recorded in every graph file.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);
const PACKAGES = [
  'wink-nlp',
  'wink-eng-lite-web-model',
  'ml-kmeans',
  'graphology',
  'graphology-layout-forceatlas2',
  'graphology-layout-noverlap',
];

async function versionAt(packageJson: string | URL): Promise<string | null> {
  try {
    return (JSON.parse(await readFile(packageJson, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

// Installed as a dependency, papermap's own dependencies usually sit in a parent node_modules
// (npm hoists them), not in papermap's folder. The folders Node itself would search, nearest
// first, are require.resolve.paths(); resolving `<name>/package.json` instead would fail for the
// packages whose "exports" do not list their package.json (graphology, ml-kmeans).
const searchPaths = (name: string) => createRequire(import.meta.url).resolve.paths(name) ?? [];

async function dependencyVersion(name: string): Promise<string> {
  for (const dir of searchPaths(name)) {
    const version = await versionAt(join(dir, name, 'package.json'));
    if (version !== null) return version;
  }
  return 'unknown';
}

let cached: Record<string, string> | null = null;

export async function readVersions(): Promise<Record<string, string>> {
  if (cached) return cached;
  const versions: Record<string, string> = {
    papermap: (await versionAt(new URL('package.json', root))) ?? 'unknown',
  };
  for (const name of PACKAGES) versions[name] = await dependencyVersion(name);
  cached = versions;
  return versions;
}
