// External clustering scores against known classes, with scikit-learn's definitions so figures
// compare with published ones: NMI with arithmetic-mean normalisation, and the adjusted Rand index.

type Label = string | number;

/** Contingency counts between two labelings, plus the marginal counts. */
function contingency(labelsTrue: readonly Label[], labelsPred: readonly Label[]) {
  if (labelsTrue.length !== labelsPred.length)
    throw new Error('papermap eval: the two labelings must have the same length.');
  const cells = new Map<string, number>();
  const rows = new Map<Label, number>();
  const cols = new Map<Label, number>();
  for (let i = 0; i < labelsTrue.length; i++) {
    const a = labelsTrue[i];
    const b = labelsPred[i];
    // JSON keeps 1 and "1" apart, which a plain template string would merge.
    const key = JSON.stringify([a, b]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a, (rows.get(a) ?? 0) + 1);
    cols.set(b, (cols.get(b) ?? 0) + 1);
  }
  return { n: labelsTrue.length, cells, rows, cols };
}

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/**
 * Normalised mutual information, MI / ((H(true) + H(pred)) / 2), as sklearn's
 * normalized_mutual_info_score with its default average_method="arithmetic".
 */
export function normalizedMutualInformation(
  labelsTrue: readonly Label[],
  labelsPred: readonly Label[],
): number {
  const { n, cells, rows, cols } = contingency(labelsTrue, labelsPred);
  // Same limit case as sklearn: neither labeling splits the data (or there is no data).
  if ((rows.size === 1 && cols.size === 1) || n === 0) return 1;
  let mi = 0;
  for (const [key, c] of cells) {
    const [a, b] = JSON.parse(key) as [Label, Label];
    mi += (c / n) * Math.log((c * n) / (rows.get(a)! * cols.get(b)!));
  }
  if (mi <= 0) return 0;
  const norm = (entropy(rows.values(), n) + entropy(cols.values(), n)) / 2;
  return Math.min(1, mi / norm);
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie 1985), as sklearn's adjusted_rand_score. */
export function adjustedRandIndex(
  labelsTrue: readonly Label[],
  labelsPred: readonly Label[],
): number {
  const { n, cells, rows, cols } = contingency(labelsTrue, labelsPred);
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let a = 0;
  for (const c of rows.values()) a += pairs(c);
  let b = 0;
  for (const c of cols.values()) b += pairs(c);
  const total = pairs(n);
  if (total === 0) return 1;
  const expected = (a * b) / total;
  const max = (a + b) / 2;
  // Both labelings trivial in the same way (one cluster each, or all singletons): a perfect match.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
