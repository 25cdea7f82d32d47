import { describe, expect, it } from 'vitest';
import {
  EMBED_SIZES,
  fileName,
  iframeSnippet,
  tourLink,
  viewLink,
} from '../../../src/app/state/share.ts';
import { embedParam, searchToView } from '../../../src/app/state/url.ts';

describe('viewLink', () => {
  const view = searchToView('?paper=p1&q=sparse');

  it('links to the view, with embed=1 only for the iframe', () => {
    expect(viewLink('https://x.org/map/', view, null)).toBe('https://x.org/map/?paper=p1&q=sparse');
    const embedded = viewLink('https://x.org/map/', view, 'g.json', true);
    expect(new URL(embedded).searchParams.get('embed')).toBe('1');
    expect(new URL(embedded).searchParams.get('data')).toBe('g.json');
    expect(embedParam(new URL(embedded).search)).toBe(true);
    expect(embedParam('?embed=0')).toBe(false);
  });
});

describe('tourLink', () => {
  it('starts at the tour view, with nothing of the current view', () => {
    expect(tourLink('https://x.org/map/', 'v1', null)).toBe('https://x.org/map/?view=v1');
    expect(tourLink('map.html', 'v 2', null, true)).toBe('map.html?embed=1&view=v+2');
    const url = new URL(tourLink('https://x.org/', 'v1', 'tour.json', true));
    expect([...url.searchParams]).toEqual([
      ['data', 'tour.json'],
      ['embed', '1'],
      ['view', 'v1'],
    ]);
  });
});

describe('fileName', () => {
  it('is the last part of the path, as it is in a URL', () => {
    expect(fileName('/home/me/blog/my%20map.html')).toBe('my%20map.html');
    expect(fileName('/C:/Users/me/map.html')).toBe('map.html');
    expect(fileName('/')).toBe('map.html');
  });
});

describe('iframeSnippet', () => {
  it('has the strict sandbox for a one-file map', () => {
    const snippet = iframeSnippet('map.html?embed=1', 'Map', EMBED_SIZES[0]!, true);
    expect(snippet).toContain('src="map.html?embed=1"');
    expect(snippet).toContain('sandbox="allow-scripts allow-popups"');
  });

  it('has a title, lazy loading, the sandbox, and escapes attribute values', () => {
    const snippet = iframeSnippet('https://x.org/?a=1&b=2', 'Maps "and" <things>', EMBED_SIZES[0]!);
    expect(snippet).toContain('src="https://x.org/?a=1&amp;b=2"');
    expect(snippet).toContain('title="Maps &quot;and&quot; &lt;things>"');
    expect(snippet).toContain('width="700"');
    expect(snippet).toContain('height="450"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('sandbox="allow-scripts allow-popups allow-same-origin"');
  });
});
