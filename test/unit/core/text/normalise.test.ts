import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseTitleKey } from '../../../../src/core/text/normalise.ts';

const text = (s: string): string => normaliseText(s).text;

// Real fragments: from data/sparsity-papers.txt (LaTeX with its backslashes and dollars
// stripped by the web page), and from arXiv and Inspec abstracts in the evaluation datasets.
describe('normaliseText on LaTeX remnants from data/sparsity-papers.txt', () => {
  it.each([
    ['the ell_1 norm as a penalty', 'the ℓ1 norm as a penalty'],
    [
      'the column-wise ell_2-norms of weight matrices',
      'the column-wise ℓ2-norms of weight matrices',
    ],
    ['approximating ell_q with 0 leq q < 1', 'approximating ℓq with 0 ≤ q < 1'],
    ['closer to the ell_0 pseudo-norm', 'closer to the ℓ0 pseudo-norm'],
    ['requires mathcal{O}(1/epsilon^4) iterations', 'requires O(1/ε^4) iterations'],
    ['find an epsilon-stationary point', 'find an epsilon-stationary point'],
    ['an varepsilon-stationary point', 'an ε-stationary point'],
    [
      'in O(varepsilon^{-1}(log varepsilon^{-1})^{2}) iterations',
      'in O(ε^-1(log ε^-1)^2) iterations',
    ],
    [
      'through the lens of {\\em dynamical stability} (Wu et al.)',
      'through the lens of dynamical stability (Wu et al.)',
    ],
    [
      'GQSA outperforms W2 by 1.26times and 2:4 pruning by 2.35times',
      'GQSA outperforms W2 by 1.26× and 2:4 pruning by 2.35×',
    ],
    ['by 1.3-2.4times -- equivalent to', 'by 1.3-2.4× – equivalent to'],
    ['up to 100times reduction', 'up to 100× reduction'],
    ['low-sparsity regions (sim50\\%). Nonetheless', 'low-sparsity regions (~50%). Nonetheless'],
    ['high-sparsity regions (>80\\%).', 'high-sparsity regions (>80%).'],
    ['we summarize ten Q\\&As of SNNs', 'we summarize ten Q&As of SNNs'],
    ['functions with H\\"older-continuous Hessians', 'functions with Hölder-continuous Hessians'],
    ['can achieve 1{16} token and channel sparsity', 'can achieve 1/16 token and channel sparsity'],
    ['Given a matrix Min R^{mtimes n}', 'Given a matrix Min R^(m×n)'],
    ['a set of entries Omegasubseteq [m]times [n].', 'a set of entries Omegasubseteq [m]× [n].'],
    ['runs in time widetilde O(|Omega| k)', 'runs in time widetilde O(|Ω| k)'],
    [
      'the relevance parameter nu^2. (nu^1-based) strategy',
      'the relevance parameter ν^2. (ν^1-based) strategy',
    ],
    ['a fast O(n^2) per-iteration complexity', 'a fast O(n^2) per-iteration complexity'],
    ['the Wasserstein W_1, W_2 distance', 'the Wasserstein W_1, W_2 distance'],
    ['generalises the aux_k_loss to', 'generalises the aux_k_loss to'],
    [
      'two co-dependent tasks -- accurate 3D reconstruction',
      'two co-dependent tasks – accurate 3D reconstruction',
    ],
  ])('%j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('normaliseText on real LaTeX from arXiv abstracts', () => {
  it.each([
    ['the $\\mathcal{O}(n \\log n)$ bound', 'the O(n log n) bound'],
    ['high-fidelity ($99.1\\%$), low-leakage', 'high-fidelity (99.1%), low-leakage'],
    [
      'of bright red giants (1.6$\\leq$Vmag$\\leq$5.3) observed',
      'of bright red giants (1.6≤Vmag≤5.3) observed',
    ],
    ['a large Ly$\\alpha$ halo', 'a large Lyα halo'],
    ['in the Einstein Cross in 2006$-$2019.', 'in the Einstein Cross in 2006-2019.'],
    ['up to $10^{12}$ g cm$^{-3}$', 'up to 10^12 g cm^-3'],
    ['nonlinear Schr\\"{o}dinger equation', 'nonlinear Schrödinger equation'],
    ['quaternionic Monge-Amp\\`{e}re operator', 'quaternionic Monge-Ampère operator'],
    ["Fran\\c{c}ois and Garc{\\'\\i}a", 'François and García'],
    [
      'Roberts and Sheng~\\cite{roberts1997phylogeny} as given by Wu~{\\it et al.}~\\cite{Wu2019}.',
      'Roberts and Sheng as given by Wu et al.',
    ],
    ['\\textit{In situ} high-pressure', 'In situ high-pressure'],
    ['as shown~\\citep[p.~3]{smith2020}, pruning [\\cite{a,b}] helps', 'as shown, pruning helps'],
    ['We revisit the \\textsf{Modified Random} graph', 'We revisit the Modified Random graph'],
    ['$\\frac{1}{2\\pi \\ell}$', '1/(2π ℓ)'],
    ['$\\mathbb{R}^N$ and $\\hat{\\theta}_k$', 'ℝ^N and θ̂_k'],
    ['an $so(2)$ extension of $\\mathfrak{osp}(2|2)$', 'an so(2) extension of osp(2|2)'],
    ['LiNbO$_3$ or GaAs', 'LiNbO_3 or GaAs'],
    ['range (0.1--2 GHz) of', 'range (0.1–2 GHz) of'],
    ['quantum matters---supersolids. However', 'quantum matters—supersolids. However'],
    ['accurate to around $0.1^{\\prime\\prime}$ and', 'accurate to around 0.1′′ and'],
    ['$L^\\star = 10^{41.66\\pm0.03}$ erg', 'L^⋆ = 10^(41.66±0.03) erg'],
    ['Let $L$ be subset of $\\{3,4,\\dots\\}$', 'Let L be subset of {3,4,…}'],
  ])('%j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('normaliseText leaves ordinary text alone', () => {
  it.each([
    'the alpha release and beta testing of a delta debugging tool',
    'sim2real transfer for robots',
    'costs $5 and $10 per hour',
    'a tire pressure of 30 psi (psi)',
    'the node set {0, 1, . . . , N}/sup d/',
    'max(x, y) = 3 for all x ~ y',
    'Raspberry Pi 4 and the times we live in, sometimes',
    'a < b and c > d',
    'state-of-the-art results — with a dash',
  ])('%j', (input) => {
    expect(text(input)).toBe(input.replace(/\s+/g, ' '));
  });

  it('collapses whitespace, composes accents (NFC) and trims', () => {
    expect(text('  Sparse\n\tcoding   of  Schro\u0308dinger  ')).toBe(
      'Sparse coding of Schrödinger',
    );
  });

  it('strips inline HTML and JATS markup and decodes entities', () => {
    expect(text('<jats:p>Pruning &amp; quantisation of H<sub>2</sub>O nets</jats:p>')).toBe(
      'Pruning & quantisation of H2O nets',
    );
    expect(text('x<b and y')).toBe('x<b and y');
  });

  it('writes the ℓ₁ of BibTeX decoding as ℓ1', () => {
    expect(text('with ℓ₁ regularisation')).toBe('with ℓ1 regularisation');
  });
});

describe('normaliseText links', () => {
  it.each([
    [
      'We have open-sourced the code at https://github.com/wenhaoli-xmu/seco{here}.',
      'We have open-sourced the code at https://github.com/wenhaoli-xmu/seco.',
      ['https://github.com/wenhaoli-xmu/seco'],
    ],
    [
      'The source code is available at https://github.com/abhibambhaniya/progressive_gradient_flow_nm_sparsity.',
      'The source code is available at https://github.com/abhibambhaniya/progressive_gradient_flow_nm_sparsity.',
      ['https://github.com/abhibambhaniya/progressive_gradient_flow_nm_sparsity'],
    ],
    [
      'Our code (https://github.com/VITA-Group/Random_Pruning) and data (see github.com/foo/bar), again https://github.com/VITA-Group/Random_Pruning!',
      'Our code (https://github.com/VITA-Group/Random_Pruning) and data (see github.com/foo/bar), again https://github.com/VITA-Group/Random_Pruning!',
      ['https://github.com/VITA-Group/Random_Pruning', 'https://github.com/foo/bar'],
    ],
    [
      'See \\url{https://x.org/a\\_b~c}, and \\href{https://y.org/p}{our page}.',
      'See https://x.org/a_b~c, and our page (https://y.org/p).',
      ['https://x.org/a_b~c', 'https://y.org/p'],
    ],
    [
      'Wikipedia https://en.wikipedia.org/wiki/Sparse_(band).',
      'Wikipedia https://en.wikipedia.org/wiki/Sparse_(band).',
      ['https://en.wikipedia.org/wiki/Sparse_(band)'],
    ],
    [
      'no links at https:// or in user@github.com/x',
      'no links at https:// or in user@github.com/x',
      [],
    ],
  ])('%j', (input, expectedText, links) => {
    expect(normaliseText(input)).toEqual({ text: expectedText, links });
  });
});

describe('normaliseText properties', () => {
  it('never throws, gives single-spaced trimmed text, and is stable when run twice on plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const { text: out, links } = normaliseText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s{2}|[\n\t]/);
        for (const link of links) expect(link).toMatch(/^https?:\/\//);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', ',', '-', '1', 'é'), maxLength: 80 }),
        (s) => {
          const once = text(s);
          expect(text(once)).toBe(once);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('normaliseTitleKey', () => {
  it.each([
    ["Schrödinger's Cat: A Study", 'schrodinger s cat a study'],
    ['  SparseGPT:  Massive   Language Models  ', 'sparsegpt massive language models'],
    [
      'The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks',
      'the lottery ticket hypothesis finding sparse trainable neural networks',
    ],
    ['ℓ1-Regularised Sparse Coding', 'l1 regularised sparse coding'],
    ['!!!', ''],
  ])('%j', (input, expected) => {
    expect(normaliseTitleKey(input)).toBe(expected);
  });

  it('gives two spellings of one title the same key', () => {
    expect(normaliseTitleKey('Movement Pruning: Adaptive Sparsity by Fine-Tuning')).toBe(
      normaliseTitleKey('movement pruning - adaptive sparsity by fine tuning'),
    );
  });
});
