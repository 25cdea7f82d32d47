import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../../../src/core/text/boilerplate.ts';

const BODY =
  'We study sparse attention in long-context transformers. Our method halves memory use at equal accuracy.';

// Notices as the exports write them: Scopus CSV, Web of Science, the publishers' own pages,
// PsycInfo, PubMed via EBSCO. The abstract before them is ours.
describe('stripBoilerplate takes the notices off the end', () => {
  it.each([
    ['Elsevier', '© 2023 Elsevier Ltd. All rights reserved.'],
    ['Elsevier B.V.', '© 2019 Elsevier B.V. All rights reserved.'],
    ['Elsevier Inc.', 'Copyright © 2021 Elsevier Inc. All rights reserved.'],
    [
      'Elsevier open access',
      '© 2019 The Author(s). Published by Elsevier B.V. This is an open access article under the CC BY-NC-ND license (http://creativecommons.org/licenses/by-nc-nd/4.0/).',
    ],
    ['Elsevier, no © sign left', 'Published by Elsevier B.V.'],
    [
      'Elsevier, Crown copyright',
      'Crown Copyright © 2020 Published by Elsevier Ltd. All rights reserved.',
    ],
    [
      'Elsevier society journal',
      '© 2018 The Authors. Production and hosting by Elsevier B.V. on behalf of King Saud University. Peer review under responsibility of King Saud University.',
    ],
    ['Mary Ann Liebert', 'Copyright © 2021 Mary Ann Liebert, Inc.'],
    ['Mary Ann Liebert, older', 'Copyright 2004, Mary Ann Liebert, Inc., publishers.'],
    ['APA PsycInfo', '(PsycInfo Database Record (c) 2022 APA, all rights reserved)'],
    ['APA PsycINFO, older', '(PsycINFO Database Record (c) 2012 APA, all rights reserved).'],
    ['Springer', '© The Author(s) 2022'],
    [
      'Springer, exclusive licence',
      '© The Author(s), under exclusive licence to Springer Nature Switzerland AG 2022.',
    ],
    ['Springer-Verlag', '© Springer-Verlag GmbH Germany, part of Springer Nature 2019.'],
    [
      'Springer open access',
      'Open Access This article is licensed under a Creative Commons Attribution 4.0 International License, which permits use, sharing, adaptation, distribution and reproduction in any medium or format, as long as you give appropriate credit to the original author(s) and the source. To view a copy of this licence, visit http://creativecommons.org/licenses/by/4.0/.',
    ],
    ['Wiley-VCH', '© 2020 The Authors. Published by Wiley-VCH GmbH'],
    ['Wiley', 'Copyright © 2019 John Wiley & Sons, Ltd.'],
    ['Wiley, ASCII', 'Copyright (C) 2010 John Wiley & Sons, Ltd.'],
    [
      'Wiley, society journal',
      '© 2021 The Authors. Journal of Applied Ecology published by John Wiley & Sons Ltd on behalf of British Ecological Society.',
    ],
    ['Wiley, accepted article', 'This article is protected by copyright. All rights reserved.'],
    ['Taylor & Francis', '© 2021 Informa UK Limited, trading as Taylor & Francis Group.'],
    ['IEEE', '© 2022 IEEE.'],
    [
      'IEEE Access',
      'This work is licensed under a Creative Commons Attribution 4.0 License. For more information, see https://creativecommons.org/licenses/by/4.0/',
    ],
    [
      'IEEE author version',
      '© 2021 IEEE. Personal use of this material is permitted. Permission from IEEE must be obtained for all other uses, in any current or future media.',
    ],
    [
      'MDPI',
      '© 2021 by the authors. Licensee MDPI, Basel, Switzerland. This article is an open access article distributed under the terms and conditions of the Creative Commons Attribution (CC BY) license (https://creativecommons.org/licenses/by/4.0/).',
    ],
    [
      'PLOS, Hindawi',
      'This is an open access article distributed under the terms of the Creative Commons Attribution License, which permits unrestricted use, distribution, and reproduction in any medium, provided the original work is properly cited.',
    ],
    [
      'MEDLINE via EBSCO',
      '[Abstract copyright: Copyright © 2023 Elsevier Inc. All rights reserved.]',
    ],
    ['ACM', '© 2020 Association for Computing Machinery.'],
    [
      'Oxford University Press',
      '© The Author(s) 2021. Published by Oxford University Press on behalf of the Infectious Diseases Society of America.',
    ],
    ['Inspec-era export, no full stop before it', 'Copyright 2003 Elsevier Science B.V.'],
    [
      'SPIE',
      '© (2019) COPYRIGHT Society of Photo-Optical Instrumentation Engineers (SPIE). Downloading of the abstract is permitted for personal use only.',
    ],
    ['HTML entity', '&copy; 2015 Elsevier Ltd. All rights reserved.'],
  ])('%s', (_family, notice) => {
    expect(stripBoilerplate(`${BODY} ${notice}`)).toEqual({ text: BODY, removed: notice });
  });

  it('takes a notice glued to the last sentence', () => {
    expect(stripBoilerplate(`${BODY}© 2023 Elsevier Ltd`)).toEqual({
      text: BODY,
      removed: '© 2023 Elsevier Ltd',
    });
    expect(stripBoilerplate('Results are robust Copyright 2003 Elsevier Science Ltd.')).toEqual({
      text: 'Results are robust',
      removed: 'Copyright 2003 Elsevier Science Ltd.',
    });
  });

  it('keeps a company abbreviation inside the notice', () => {
    const notice = '© 2022 Science Press Co. Ltd. All rights reserved.';
    expect(stripBoilerplate(`${BODY} ${notice}`)).toEqual({ text: BODY, removed: notice });
  });
});

describe('stripBoilerplate takes the notices off the start', () => {
  it.each([
    '© 2021 Elsevier Ltd. All rights reserved.',
    'Copyright © 2019 John Wiley & Sons, Ltd.',
    '© The Author(s) 2022.',
    '[Abstract copyright: © 2020 Elsevier Inc.]',
  ])('%s', (notice) => {
    expect(stripBoilerplate(`${notice} ${BODY}`)).toEqual({ text: BODY, removed: notice });
  });

  it('takes both ends, start first', () => {
    expect(
      stripBoilerplate(
        `© 2020 IEEE. ${BODY} (PsycInfo Database Record (c) 2022 APA, all rights reserved)`,
      ),
    ).toEqual({
      text: BODY,
      removed: '© 2020 IEEE. (PsycInfo Database Record (c) 2022 APA, all rights reserved)',
    });
  });

  it('leaves nothing when the abstract is only a notice', () => {
    expect(stripBoilerplate('© 2023 Elsevier Ltd. All rights reserved.')).toEqual({
      text: '',
      removed: '© 2023 Elsevier Ltd. All rights reserved.',
    });
  });
});

describe('stripBoilerplate keeps what is not a notice', () => {
  it.each([
    [
      'a paper about copyright, ending on it',
      'This paper analyses the causes of copyright infringement in electronic publishing. Copyright law must adapt to generative models.',
    ],
    [
      'copyright in the middle',
      'We audit 2,000 e-books. Copyright © 2023 notices in them rarely name the right holder, we find. All rights reserved is the most common phrase. Our tool fixes them.',
    ],
    [
      'a list whose third item starts with a year',
      'We compare (a) 20 images, (b) 200 images and (c) 2000 images per class.',
    ],
    [
      'a last sentence about publishing',
      'We survey open access mandates. This is an open question for funders.',
    ],
    [
      'a last sentence about rights',
      'We study how licences are chosen. All rights holders were interviewed.',
    ],
    [
      'a "published by" sentence naming no publisher',
      'We analyse a corpus of public statements. Published by ministries, they span ten years.',
    ],
    ['no notice at all', BODY],
    ['empty', ''],
  ])('%s', (_case, text) => {
    expect(stripBoilerplate(text)).toEqual({ text, removed: '' });
  });

  it('keeps a sentence before a notice that mentions copyright', () => {
    const body = 'We model fair use. The copyright of software is our focus.';
    expect(stripBoilerplate(`${body} © 2022 IEEE.`)).toEqual({
      text: body,
      removed: '© 2022 IEEE.',
    });
  });

  it('does not take an abstract sentence that follows a notice at the start', () => {
    const body = 'Data published by Elsevier journals were mined for 300 topics.';
    expect(stripBoilerplate(`© 2021 The Authors. ${body}`)).toEqual({
      text: body,
      removed: '© 2021 The Authors.',
    });
  });
});

describe('stripBoilerplate on any text', () => {
  const pieces = [
    '© 2020 Elsevier B.V.',
    'All rights reserved.',
    'Published by Wiley-VCH GmbH',
    'Journal of X published by John Wiley & Sons Ltd on behalf of Y.',
    '(PsycInfo Database Record (c) 2022 APA, all rights reserved)',
    'Licensee MDPI, Basel, Switzerland.',
    'We prune weights.',
    'copyright law',
    'a.b',
    '(c) 2000 images',
    ' ',
  ];

  it('only ever takes text off the ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const input = parts.join(' ').replace(/\s+/g, ' ').trim();
        const { text, removed } = stripBoilerplate(input);
        expect(input).toContain(text);
        const words = (s: string) => s.split(' ').filter(Boolean);
        expect(words(removed).length + words(text).length).toBe(words(input).length);
      }),
    );
  });

  it('refuses long runs of near-notices quickly', () => {
    const started = performance.now();
    stripBoilerplate('Published by Elsevier B.V. '.repeat(500) + 'and so on');
    stripBoilerplate('Journal published by Wiley Ltd on behalf of X. '.repeat(300) + 'the end');
    stripBoilerplate('x © 2020 a.b '.repeat(500));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
