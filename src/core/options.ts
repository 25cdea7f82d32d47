// Build options: defaults, validation and resolution in one place (sigma's settings.ts pattern).

export interface BuildOptions {
  /** Number of clusters, or 'auto' to choose it from the data. */
  clusters: number | 'auto';
  /** How many nearest neighbours each paper is linked to. */
  neighbours: number;
  /** Seed for every random choice (k-means, layout), so that builds are reproducible. */
  seed: number;
  /** The map's title; defaults to a name derived from the inputs. */
  title: string | null;
  /** Keyphrases kept per paper. */
  keyphrases: number;
}

export const DEFAULT_OPTIONS: BuildOptions = {
  clusters: 'auto',
  neighbours: 8,
  seed: 42,
  title: null,
  keyphrases: 10,
};

export class OptionsError extends Error {
  override name = 'OptionsError';
}

const isWhole = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function validateOptions(options: BuildOptions): void {
  if (options.clusters !== 'auto' && !isWhole(options.clusters, 1, 200))
    throw new OptionsError('--clusters must be "auto" or a whole number from 1 to 200');
  if (!isWhole(options.neighbours, 1, 100))
    throw new OptionsError('--neighbours must be a whole number from 1 to 100');
  if (!isWhole(options.seed, 0, 2 ** 32 - 1))
    throw new OptionsError('--seed must be a whole number from 0 to 4294967295');
  if (!isWhole(options.keyphrases, 1, 50))
    throw new OptionsError('keyphrases per paper must be a whole number from 1 to 50');
}

export function resolveOptions(partial: Partial<BuildOptions> = {}): BuildOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const options = { ...DEFAULT_OPTIONS, ...defined } as BuildOptions;
  validateOptions(options);
  return options;
}
