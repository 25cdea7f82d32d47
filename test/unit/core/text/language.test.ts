import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isForeignFunctionWord,
  sentenceLanguage,
  textWords,
  withoutElision,
} from '../../../../src/core/text/language.ts';

type Text = { title: string; abstract: string };
const samples = JSON.parse(
  readFileSync(new URL('../../../fixtures/text/other-languages.json', import.meta.url), 'utf8'),
) as Record<string, Text[]>;
const languageOf = (text: string) => sentenceLanguage(textWords(text));
const texts = (list: Text[]) => list.flatMap((p) => [p.title, p.abstract]).filter(Boolean);

describe('sentenceLanguage', () => {
  it('reads titles and abstracts in French, German and Spanish as such', () => {
    for (const [name, code] of [
      ['french', 'fr'],
      ['german', 'de'],
      ['spanish', 'es'],
    ])
      for (const text of texts(samples[name]))
        expect([text, languageOf(text)]).toEqual([text, code]);
  });

  it('reads English as English, even short titles without function words', () => {
    for (const text of texts(samples.english))
      expect([text, languageOf(text)]).toEqual([text, 'en']);
  });

  it('is not swayed by names, symbols and Latin in English text', () => {
    for (const text of [
      'Hölder continuity of solutions to Schrödinger equations on Erdős–Rényi graphs',
      'We prove Hölder bounds for the Fréchet derivative, de novo.',
      'La₂CuO₄ and Au nanoparticles in YBa₂Cu₃O₇ films',
      'The Kalman filter is adopted (Curwen et al., 1994; Toledo et al., 1998).',
      'Die-level variation in FinFET circuits',
    ])
      expect([text, languageOf(text)]).toEqual([text, 'en']);
  });
});

describe("another language's stop list", () => {
  it('drops function words and elided articles', () => {
    expect(['la', 'der', 'los', 'par', 'et'].every(isForeignFunctionWord)).toBe(true);
    expect(['oxide', 'the', 'température'].some(isForeignFunctionWord)).toBe(false);
    expect(withoutElision("l'oxyde")).toBe('oxyde');
    expect(withoutElision("d'étain")).toBe('étain');
  });
});
