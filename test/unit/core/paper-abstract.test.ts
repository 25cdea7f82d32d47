import { describe, expect, it } from 'vitest';
import { cleanAbstract } from '../../../src/core/paper-abstract.ts';

describe('cleanAbstract', () => {
  it('normalises, and takes the notices off with the links only they had', () => {
    expect(
      cleanAbstract(
        'We prune   50\\% of weights; code at https://github.com/x/y.\n© 2019 The Author(s). Published by Elsevier B.V. This is an open access article under the CC BY license (http://creativecommons.org/licenses/by/4.0/).',
      ),
    ).toEqual({
      text: 'We prune 50% of weights; code at https://github.com/x/y.',
      links: ['https://github.com/x/y'],
      notices:
        '© 2019 The Author(s). Published by Elsevier B.V. This is an open access article under the CC BY license (http://creativecommons.org/licenses/by/4.0/).',
    });
  });

  it('keeps a link the abstract itself gives, even when a notice repeats it', () => {
    const a = cleanAbstract(
      'Licences matter: see http://creativecommons.org/licenses/by/4.0/ for ours. © 2022 IEEE. This work is licensed under a Creative Commons Attribution 4.0 License. For more information, see http://creativecommons.org/licenses/by/4.0/.',
    );
    expect(a.links).toEqual(['http://creativecommons.org/licenses/by/4.0/']);
    expect(a.text).toBe(
      'Licences matter: see http://creativecommons.org/licenses/by/4.0/ for ours.',
    );
  });

  it('finds notices in HTML markup, as Crossref serves abstracts', () => {
    expect(
      cleanAbstract('<jats:p>We study pruning.</jats:p><jats:p>&#169; 2021 Elsevier Ltd</jats:p>'),
    ).toEqual({ text: 'We study pruning.', links: [], notices: '© 2021 Elsevier Ltd' });
  });

  it('has nothing to say about an absent abstract', () => {
    expect(cleanAbstract(undefined)).toEqual({ text: '', links: [], notices: '' });
  });
});
