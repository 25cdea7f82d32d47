import { describe, expect, it } from 'vitest';
import { isUnitPower, plainScripts, writtenTokens } from '../../../../src/core/text/scripts.ts';

describe('plainScripts', () => {
  it('writes sub- and superscripts as plain characters, keeping the length', () => {
    for (const [written, plain] of [
      ['Cu₂O', 'Cu2O'],
      ['10⁻³ A cm⁻²', '10-3 A cm-2'],
      ['Cu²⁺ ions', 'Cu2+ ions'],
      ['YBa₂Cu₃O₇₋ₓ', 'YBa2Cu3O7-x'],
      ['no scripts here', 'no scripts here'],
    ]) {
      expect(plainScripts(written)).toBe(plain);
      expect(plainScripts(written)).toHaveLength(written.length);
    }
  });
});

describe('writtenTokens', () => {
  it('gives tokens read from the plain text back their written form', () => {
    const written = 'ZnO/Cu₂O films at 7.6 mA cm⁻²';
    expect(
      writtenTokens(['ZnO', '/', 'Cu2O', 'films', 'at', '7.6', 'mA', 'cm-2'], written),
    ).toEqual(['ZnO', '/', 'Cu₂O', 'films', 'at', '7.6', 'mA', 'cm⁻²']);
  });

  it('keeps a token it cannot find as it is', () => {
    expect(writtenTokens(['Cu2O', "'s"], 'Cu₂O’s')).toEqual(['Cu₂O', "'s"]);
  });
});

describe('isUnitPower', () => {
  it('tells units raised to a power from formulas', () => {
    expect(['cm⁻²', 'm²', 's⁻¹', 'cm⁻³'].every(isUnitPower)).toBe(true);
    expect(['Cu₂O', 'TiO₂', 'cm', 'Cu²⁺'].some(isUnitPower)).toBe(false);
  });
});
