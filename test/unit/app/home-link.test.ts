// Where the papermap logo and the error screen point: home ("./") on a site, nowhere in a
// single-file map, which has no site around it (rendered on the server, as the page's HTML).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Brand from '../../../src/app/Brand.svelte';
import ErrorScreen from '../../../src/app/panels/ErrorScreen.svelte';
import { LoadError } from '../../../src/app/load/load-graph.ts';

/** The href of every link in the HTML ('' for a link without one). */
const links = (html: string) =>
  [...html.matchAll(/<a\b[^>]*>/gu)].map((m) => /href="([^"]*)"/u.exec(m[0])?.[1] ?? '');

describe('the papermap logo', () => {
  it('links home on a site', () => {
    const { body } = render(Brand, { props: { home: true } });
    expect(links(body)).toEqual(['./']);
    expect(body).toContain('aria-label="papermap home"');
  });

  it('is no link in a single-file map, and still shows the name', () => {
    const { body } = render(Brand, { props: { home: false } });
    expect(links(body)).toEqual([]);
    expect(body).toContain('papermap');
    expect(body).toMatch(/<div class="brand[^"]*">/u);
  });
});

describe('the error screen', () => {
  const error = new LoadError('invalid', 'The map file is not valid.', 'tour.json', ['no nodes']);

  it('offers the default map, and making a map, beside a map that failed', () => {
    const { body } = render(ErrorScreen, {
      props: { error, isDefault: false, singleFile: false },
    });
    expect(links(body)).toEqual(['./', './?make=1']);
  });

  it('offers no "./" link in a single-file map', () => {
    const { body } = render(ErrorScreen, { props: { error, isDefault: false, singleFile: true } });
    // (A one-file map's build has no maker either: vite.config.ts leaves it out; the e2e test
    // of the one-file map checks that.)
    expect(links(body).filter((href) => href === './')).toEqual([]);
    expect(body).toContain('The map file is not valid.');
  });
});
