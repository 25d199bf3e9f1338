import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripNonText } from '../../lib/page/strip-html';

describe('stripNonText', () => {
  it('drops scripts, styles and comments, keeps JSON-LD and the text around them', () => {
    const html =
      '<p>a</p><script src="x.js"></script><SCRIPT>if (a < b) {}</SCRIPT >b<style>p{}</style><!-- c -->' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>d';
    expect(stripNonText(html)).toBe('<p>a</p>b<script type="application/ld+json">{"@type":"NewsArticle"}</script>d');
  });

  it('lets an unclosed script or comment run to the end, as a browser does', () => {
    expect(stripNonText('<p>a</p><script>var s = "</p>')).toBe('<p>a</p>');
    expect(stripNonText('<p>a</p><!-- <p>b</p>')).toBe('<p>a</p>');
  });

  it('leaves markup without scripts, styles or comments untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', 'p', '/', 'a', ' ', '-', '!', 'x') }), (html) => {
        fc.pre(!/<(script|style)|<!--/i.test(html));
        expect(stripNonText(html)).toBe(html);
      }),
    );
  });

  it('stays linear on hostile input: openers that never finish or never close', () => {
    const unfinished = '<script '.repeat(250_000);
    const start = performance.now();
    // Never a complete tag, so left for the parser; the unclosed comment after it is dropped.
    expect(stripNonText(unfinished + '<!--'.repeat(100_000))).toBe(unfinished);
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
