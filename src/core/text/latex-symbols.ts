// Tables for LaTeX-to-Unicode: what a command or a Greek letter name stands for. Written as
// "name value" word lists so they stay compact; `table` turns them into lookups.

/** Reads "name value name value …" into a map; "_" stands for an empty value. */
function table(pairs: string): Map<string, string> {
  const words = pairs.trim().split(/\s+/);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2)
    map.set(words[i], words[i + 1] === '_' ? '' : words[i + 1]);
  return map;
}

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

export const GREEK = table(`
  alpha α beta β gamma γ delta δ epsilon ε varepsilon ε zeta ζ eta η theta θ vartheta ϑ
  iota ι kappa κ lambda λ mu μ nu ν xi ξ pi π varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς
  tau τ upsilon υ phi φ varphi φ chi χ psi ψ omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ
  Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω
`);

/** Commands that stand for one symbol or a short word. */
export const SYMBOLS = new Map([
  ...GREEK,
  ...table(`
    ell ℓ times × sim ~ approx ≈ simeq ≃ cong ≅ equiv ≡ le ≤ leq ≤ leqslant ≤ ge ≥ geq ≥
    geqslant ≥ ne ≠ neq ≠ ll ≪ gg ≫ pm ± mp ∓ cdot · cdots ⋯ ldots … dots … infty ∞ in ∈
    notin ∉ ni ∋ subset ⊂ subseteq ⊆ supset ⊃ supseteq ⊇ cup ∪ cap ∩ emptyset ∅ varnothing ∅
    setminus ∖ to → rightarrow → leftarrow ← Rightarrow ⇒ Leftarrow ⇐ leftrightarrow ↔
    Leftrightarrow ⇔ mapsto ↦ longrightarrow ⟶ iff ⟺ implies ⟹ forall ∀ exists ∃ neg ¬
    wedge ∧ land ∧ vee ∨ lor ∨ oplus ⊕ otimes ⊗ odot ⊙ circ ∘ bullet • star ⋆ ast ∗
    partial ∂ nabla ∇ sum ∑ prod ∏ int ∫ oint ∮ sqrt √ propto ∝ perp ⊥ parallel ∥ mid |
    top ⊤ bot ⊥ prime ′ langle ⟨ rangle ⟩ lceil ⌈ rceil ⌉ lfloor ⌊ rfloor ⌋ hbar ℏ
    dagger † ddagger ‡ aleph ℵ Re ℜ Im ℑ wp ℘ colon : vert | Vert ‖
    textasciitilde ~ textendash – textemdash — textquoteright ’
    textquoteleft ‘ S § P ¶ euro € pounds £ textregistered ® texttrademark ™ textdegree °
    degree ° checkmark ✓ copyright © dag † LaTeX LaTeX TeX TeX BibTeX BibTeX
    log log ln ln exp exp sin sin cos cos tan tan tanh tanh max max min min arg arg
    argmax argmax argmin argmin sup sup inf inf lim lim det det dim dim ker ker Pr Pr tr tr
  `),
]);

/** Letters written as commands: \ss, \o, \aa… (\i is the dotless i an accent goes on.) */
export const LETTERS = table('ss ß o ø O Ø aa å AA Å ae æ AE Æ oe œ OE Œ l ł L Ł i ı j ȷ');

/** Text accent commands (\"o, \c{c}) and the combining mark each adds to its letter. */
export const ACCENTS = new Map<string, string>([
  ['"', '\u0308'],
  ["'", '\u0301'],
  ['`', '\u0300'],
  ['^', '\u0302'],
  ['~', '\u0303'],
  ['=', '\u0304'],
  ['.', '\u0307'],
  ['u', '\u0306'],
  ['v', '\u030c'],
  ['H', '\u030b'],
  ['c', '\u0327'],
  ['k', '\u0328'],
  ['r', '\u030a'],
  ['d', '\u0323'],
  ['b', '\u0331'],
]);

/** Math accents over one letter: \hat{x} -> x̂. Over several letters they are dropped. */
export const MATH_ACCENTS = new Map<string, string>([
  ['hat', '\u0302'],
  ['widehat', '\u0302'],
  ['tilde', '\u0303'],
  ['widetilde', '\u0303'],
  ['bar', '\u0304'],
  ['overline', '\u0304'],
  ['vec', '\u20d7'],
  ['dot', '\u0307'],
  ['ddot', '\u0308'],
  ['check', '\u030c'],
  ['breve', '\u0306'],
]);

/** \mathbb{R} and friends. */
export const BLACKBOARD = table('R ℝ N ℕ Z ℤ Q ℚ C ℂ E 𝔼 P ℙ H ℍ F 𝔽 S 𝕊 T 𝕋 1 𝟙');

/** Commands that print nothing a reader needs (sizes, spacing, font switches). */
export const DROP = words(`
  left right big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr middle displaystyle textstyle
  scriptstyle scriptscriptstyle limits nolimits noindent rm it bf em sl sc tt sf normalfont
  itshape bfseries upshape mdseries small footnotesize scriptsize tiny large Large LARGE huge
  Huge normalsize quad qquad par newline linebreak relax protect nobreak xspace allowbreak
  hfill centering
`);

/** Commands dropped together with their {argument}: citations, labels, spacing. */
export const DROP_WITH_ARGUMENT = words(`
  cite citep citet citealp citealt citeauthor citeyear parencite textcite autocite ref eqref
  autoref cref Cref label hspace vspace phantom hphantom vphantom nocite
`);
