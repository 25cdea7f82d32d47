import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DATA_PLACEHOLDER,
  escapeJsonForScript,
  injectGraph,
  inlineTemplate,
} from '../../../src/cli/single-file.ts';

const HTML = `<!doctype html>
<html><head><title>papermap</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-abc.css">
  </head><body><div id="app"></div></body></html>`;
const JS = 'console.log("$& $1 map")';

describe('escapeJsonForScript', () => {
  it('leaves no "<" (so no </script> or <!--) and reads back as the same data', () => {
    const data = { title: 'A </script><script>alert(1)</script> <!-- x', s: '\u2028\u2029' };
    const escaped = escapeJsonForScript(JSON.stringify(data));
    expect(escaped).not.toContain('<');
    expect(escaped).not.toMatch(/[\u2028\u2029]/u);
    expect(JSON.parse(escaped)).toEqual(data);
  });
});

describe('inlineTemplate and injectGraph', () => {
  const template = inlineTemplate(HTML, JS, 'body{color:red}');

  it('inlines the script and the CSS, with a CSP that allows only that script', () => {
    expect(template).not.toMatch(/src=|href="\.\/assets/u);
    expect(template).toContain(`<script type="module">${JS}</script>`);
    expect(template).toContain('<style>body{color:red}</style>');
    const hash = createHash('sha256').update(JS).digest('base64');
    expect(template).toContain(`script-src 'sha256-${hash}'`);
    expect(template).toContain("connect-src 'none'");
    expect(template).toContain(DATA_PLACEHOLDER);
  });

  it('puts the escaped data in the data block, before the script', () => {
    const html = injectGraph(template, JSON.stringify({ title: '</script>$&' }));
    const block = html.match(
      /<script type="application\/json" id="papermap-data">(.*?)<\/script>/su,
    );
    expect(JSON.parse(block![1]!)).toEqual({ title: '</script>$&' });
    expect(html.indexOf('papermap-data')).toBeLessThan(html.indexOf('<script type="module">'));
  });

  it('refuses a bundle that an HTML parser would cut short', () => {
    expect(() => inlineTemplate(HTML, 'x="</script>"', '')).toThrow(/single-file/u);
    expect(() => inlineTemplate(HTML, JS, 'a{}</style>')).toThrow(/single-file/u);
  });
});
