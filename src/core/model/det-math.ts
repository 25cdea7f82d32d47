// Logarithm, sine and cosine from + - * / alone. The language leaves the last bits of Math.log,
// Math.sin and Math.cos to each engine (V8, SpiderMonkey and JavaScriptCore differ), while + - * /
// and Math.sqrt are correctly rounded everywhere; these feed what papermap writes (TF-IDF
// weights, keyphrase scores, the layout's first positions), so a build in any browser's worker
// gives the bytes a build in Node gives. Accurate to about 1e-15 relative: what matters here is
// that every engine gets the same bits, not the last one of them.

const LN2 = 0.6931471805599453;

/** The natural logarithm of a positive finite x (NaN for x <= 0 or not finite). */
export function ln(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x === 0 ? -Infinity : NaN;
  // x = m * 2^e with m in [sqrt(1/2), sqrt(2)): multiplying by 2 is exact.
  let m = x;
  let e = 0;
  while (m >= Math.SQRT2) {
    m /= 2;
    e++;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172: the series' terms fall by s^2 < 0.03.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let k = 1; k <= 41; k += 2) {
    sum += term / k;
    term *= s2;
  }
  return e * LN2 + 2 * sum;
}

/** [cos θ, sin θ] for any finite θ (radians). */
export function cosSin(theta: number): [number, number] {
  // Reduce to [-π, π] (the reduction's own rounding is the same everywhere), then to [-π/4, π/4]
  // by quarter turns, where the Taylor series converge in a few terms.
  const turn = 2 * Math.PI;
  let a = theta - turn * Math.round(theta / turn);
  const quarter = Math.round(a / (Math.PI / 2));
  a -= quarter * (Math.PI / 2);
  const a2 = a * a;
  let c = 1;
  let s = a;
  let cTerm = 1;
  let sTerm = a;
  for (let k = 1; k <= 12; k++) {
    cTerm *= -a2 / ((2 * k - 1) * (2 * k));
    sTerm *= -a2 / (2 * k * (2 * k + 1));
    c += cTerm;
    s += sTerm;
  }
  switch (((quarter % 4) + 4) % 4) {
    case 0:
      return [c, s];
    case 1:
      return [-s, c];
    case 2:
      return [-c, -s];
    default:
      return [s, -c];
  }
}
