import { describe, expect, it } from 'vitest';
import { closedCompounds } from '../../../../src/core/text/compound-keys.ts';
import { corpusAcronyms, spellsOut } from '../../../../src/core/text/corpus-acronyms.ts';
import type { AnalysedDoc } from '../../../../src/core/types.ts';

const doc = (defined: [string, string][], unexplained: string[] = []): AnalysedDoc => ({
  lemmas: [],
  phrases: [],
  length: 0,
  acronyms: { defined, unexplained },
});
const same = (key: string) => key;

describe('spellsOut', () => {
  it.each([
    ['llm', 'larg languag model'],
    ['sae', 'spars autoencod'], // the "e" from inside "autoencoders"
    ['moe', 'mixtur of expert'],
    ['dof', 'degre of freedom'],
    ['rlhf', 'reinforc learn from human feedback'], // "from" gives no letter
    ['vlm', 'vision languag model'],
  ])('%s = %s', (letters, stems) => {
    expect(spellsOut(letters, stems.split(' '))).toBe(true);
  });

  it.each([
    ['mom', 'moment interact'], // "interaction" gives no initial
    ['hm', 'heurist multi attribut'],
    ['sam', 'sam'],
    ['llm', 'languag model'],
    ['cnn', ''],
  ])('%s is not %s', (letters, stems) => {
    expect(spellsOut(letters, stems ? stems.split(' ') : [])).toBe(false);
  });
});

describe('corpusAcronyms', () => {
  it('takes the expansion the corpus gives, however many papers give it', () => {
    const dictionary = corpusAcronyms(
      [
        doc([['llm', 'larg languag model']]),
        doc([], ['llm']),
        doc([['llm', 'larg languag model']]),
      ],
      same,
    );
    expect([...dictionary]).toEqual([['llm', 'larg languag model']]);
  });

  it('trusts no acronym the corpus expands two ways', () => {
    const dictionary = corpusAcronyms(
      [
        doc([['sam', 'segment anyth model']]),
        doc([['sam', 'sharp awar minim']]),
        doc([['sae', 'spars autoencod']]),
      ],
      same,
    );
    expect([...dictionary]).toEqual([['sae', 'spars autoencod']]);
  });

  it('counts spellings of one expansion as one', () => {
    const docs = [
      doc([['sae', 'spars auto encod']]), // "sparse auto-encoders (SAEs)"
      doc([['sae', 'spars autoencod']]), // "sparse autoencoders (SAEs)"
    ];
    const canon = closedCompounds(['spars autoencod', 'spars auto encod']);
    expect([...corpusAcronyms(docs, canon)]).toEqual([['sae', 'spars autoencod']]);
  });

  it('ignores expansions that do not spell the acronym', () => {
    expect(corpusAcronyms([doc([['mom', 'moment interact']])], same).size).toBe(0);
  });
});
