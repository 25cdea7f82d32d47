import { describe, expect, it } from 'vitest';
import { authorsFromValue, personName, splitAuthors } from '../../../../src/core/ingest/authors.ts';

describe('splitAuthors', () => {
  it.each([
    ['Jonathan Frankle; Michael Carbin', ['Jonathan Frankle', 'Michael Carbin']],
    ['Frankle, Jonathan; Carbin, Michael', ['Jonathan Frankle', 'Michael Carbin']],
    ['Han S.; Mao H.; Dally W.J.', ['Han S.', 'Mao H.', 'Dally W.J.']],
    ['Tim Dettmers and Luke Zettlemoyer', ['Tim Dettmers', 'Luke Zettlemoyer']],
    ['Dettmers, Tim and Zettlemoyer, Luke', ['Tim Dettmers', 'Luke Zettlemoyer']],
    ['Ada Lovelace, Alan Turing and Grace Hopper', ['Ada Lovelace', 'Alan Turing', 'Grace Hopper']],
    ['Ada Lovelace & Alan Turing', ['Ada Lovelace', 'Alan Turing']],
    [
      'Victor Sanh, Thomas Wolf, Alexander M. Rush',
      ['Victor Sanh', 'Thomas Wolf', 'Alexander M. Rush'],
    ],
    ['Smith, John', ['John Smith']],
    ['Smith, J.', ['J. Smith']],
    ['Yann LeCun', ['Yann LeCun']],
    ['Vaswani A, Shazeer N, Parmar N', ['Vaswani A', 'Shazeer N', 'Parmar N']],
    ['Ashish Vaswani, Noam Shazeer, et al.', ['Ashish Vaswani', 'Noam Shazeer']],
    ['Ashish Vaswani and others', ['Ashish Vaswani']],
    ['  ', []],
  ])('splits %j', (input, expected) => {
    expect(splitAuthors(input)).toEqual(expected);
  });
});

describe('person objects', () => {
  it('builds "First Last" from the shapes JSON exports use', () => {
    expect(personName({ given: 'Diederik P.', family: 'Kingma' })).toBe('Diederik P. Kingma');
    expect(personName({ name: 'Suyog Gupta' })).toBe('Suyog Gupta');
    expect(personName({ literal: 'OpenAI' })).toBe('OpenAI');
    expect(personName({ firstName: 'Jan', prefix: 'van der', lastName: 'Berg' })).toBe(
      'Jan van der Berg',
    );
    expect(personName({ name: 42 })).toBe('');
  });

  it('reads arrays of strings and objects, and skips what names nobody', () => {
    expect(
      authorsFromValue(['Frankle, Jonathan', { family: 'Carbin', given: 'Michael' }, null, 7]),
    ).toEqual(['Jonathan Frankle', 'Michael Carbin']);
    expect(authorsFromValue(3)).toEqual([]);
  });
});
