// Words whose casing carries meaning: acronyms and names with inner capitals.
/**
 * Casing that carries meaning: an acronym or a name with inner capitals ("LLMs", "LoRA", "N:M",
 * "ResNet-50"). Such words keep their casing and are never stemmed.
 */
export function isCaseMarked(text: string): boolean {
  // Runs for every word: a character loop, not a regex per hyphen-separated part.
  let partStart = 0;
  let multiPart = false;
  let loneCapital = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 58 || c === 47) {
      // "-", ":", "/" separate parts; a part that is a lone capital counts in a compound.
      if (i - partStart === 1 && isUpper(text.charCodeAt(partStart))) loneCapital = true;
      partStart = i + 1;
      multiPart = true;
    } else if (i > partStart && isUpper(c)) {
      return true; // an inner capital: "LLMs", "LoRA"
    }
  }
  if (text.length - partStart === 1 && isUpper(text.charCodeAt(partStart))) loneCapital = true;
  // A lone capital is marked inside a compound ("N:M", "X-31") but not on its own ("A").
  return multiPart && loneCapital;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A word that can stand for an expansion in parentheses: "SAEs", "SeCO", "mMAS", "MoE". */
export function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 10) return false;
  // Runs for most words: count capitals and digits before trying the pattern.
  let capitals = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) capitals++;
    else if (c >= 48 && c <= 57) digits++;
  }
  if (capitals < 2 && !(capitals === 1 && digits > 0)) return false;
  return /^[A-Za-z][A-Za-z0-9]+$/.test(text);
}
