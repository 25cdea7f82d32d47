import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../../src/core/ingest/json-syntax.ts';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it.each([
    ['[1, 2,]', 6, 'unexpected "]"'],
    ['{"a": 1,}', 8, 'unexpected "}"'],
    ['{"a" 1}', 5, 'unexpected "1"'],
    ['[1 2]', 3, 'unexpected "2"'],
    ['{"a": tru}', 6, 'unexpected "t"'],
    ['"abc', 0, 'unterminated string'],
    ['"a\\qb"', 2, 'invalid escape in string'],
    ['"a\tb"', 2, 'control character in string'],
    ['[1]]', 3, 'unexpected "]"'],
    ['', 0, 'unexpected end of input'],
    ['{"a": [1, {"b": }]}', 16, 'unexpected "}"'],
  ])('locates the error in %j', (text, offset, problem) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, problem });
  });

  it('finds no error in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on arbitrary and damaged text', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }))
      .map(
        ([text, at, cut]) =>
          text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + cut),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), damaged), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });

  it('does not overflow on deep nesting', () => {
    expect(findJsonSyntaxError('['.repeat(100_000))?.problem).toBe('unexpected end of input');
  });
});
