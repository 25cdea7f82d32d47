// Finds where a JSON text goes wrong. JSON.parse reports positions differently in every engine
// (V8 sometimes not at all, Firefox as "line 1 column 8"), and papermap runs in Node and in
// browsers, so the reader locates the error itself to give one message everywhere.
// Iterative, not recursive: deeply nested garbage must not overflow the stack.

export interface JsonSyntaxError {
  /** Offset of the character where the text stops being JSON. */
  offset: number;
  /** What is wrong there, e.g. `unexpected "}"`. */
  problem: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
// eslint-disable-next-line no-control-regex -- raw control characters are what JSON strings forbid
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value' | 'end';

function describe(text: string, at: number): string {
  if (at >= text.length) return 'unexpected end of input';
  const ch = text.codePointAt(at) ?? 0;
  const shown = ch < 0x20 ? `\\u${ch.toString(16).padStart(4, '0')}` : String.fromCodePoint(ch);
  return `unexpected ${JSON.stringify(shown)}`;
}

/** Scans a string starting at the opening quote; returns the offset after it or an error. */
function scanString(text: string, at: number): number | JsonSyntaxError {
  STRING_BODY.lastIndex = at + 1;
  STRING_BODY.exec(text);
  const end = STRING_BODY.lastIndex;
  if (text[end] === '"') return end + 1;
  if (end >= text.length) return { offset: at, problem: 'unterminated string' };
  if (text[end] === '\\') return { offset: end, problem: 'invalid escape in string' };
  return { offset: end, problem: 'control character in string' };
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WS.has(text[i])) i++;
    if (i >= text.length)
      return expect === 'end' ? null : { offset: i, problem: describe(text, i) };
    const ch = text[i];
    const fail = (): JsonSyntaxError => ({ offset: i, problem: describe(text, i) });
    const closeWith = (close: string): boolean => {
      if (stack[stack.length - 1] !== close) return false;
      stack.pop();
      return true;
    };

    if (expect === 'value' || expect === 'value-or-close') {
      if (ch === ']' && expect === 'value-or-close' && closeWith(']')) {
        i++;
      } else if (ch === '[' || ch === '{') {
        stack.push(ch === '[' ? ']' : '}');
        expect = ch === '[' ? 'value-or-close' : 'key-or-close';
        i++;
        continue;
      } else if (ch === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
      } else {
        const pattern = ch === '-' || (ch >= '0' && ch <= '9') ? NUMBER : LITERAL;
        pattern.lastIndex = i;
        if (!pattern.exec(text)) return fail();
        i = pattern.lastIndex;
      }
      expect = stack.length ? 'after-value' : 'end';
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (ch === '}' && expect === 'key-or-close' && closeWith('}')) {
        i++;
        expect = stack.length ? 'after-value' : 'end';
        continue;
      }
      if (ch !== '"') return fail();
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (ch !== ':') return fail();
      i++;
      expect = 'value';
    } else if (expect === 'after-value') {
      if (ch === ',') {
        expect = stack[stack.length - 1] === ']' ? 'value' : 'key';
        i++;
      } else if (closeWith(ch)) {
        i++;
        expect = stack.length ? 'after-value' : 'end';
      } else {
        return fail();
      }
    } else {
      return fail();
    }
  }
}
