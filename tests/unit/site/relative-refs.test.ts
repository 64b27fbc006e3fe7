import { describe, expect, test } from 'vitest';
import { isRootAbsolute, relativiseCss, relativiseHtml } from '../../../src/lib/site/relative-refs.ts';

const options = { assetsDir: '_astro' };

describe('relativiseHtml: asset references made relative to the page', () => {
  test.each([
    ['index.html', '<link rel="stylesheet" href="/_astro/a.css">', '<link rel="stylesheet" href="_astro/a.css">'],
    [
      'sources/index.html',
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<link rel="stylesheet" href="../_astro/a.css">',
    ],
    [
      'sources/tfipost/index.html',
      '<script type="module" src="/_astro/s.js"></script>',
      '<script type="module" src="../../_astro/s.js"></script>',
    ],
    ['404.html', "<link href='/_astro/a.css' rel=stylesheet>", "<link href='_astro/a.css' rel=stylesheet>"],
    ['a/index.html', '<img src=/_astro/i.png alt="">', '<img src=../_astro/i.png alt="">'],
    [
      'a/index.html',
      '<img srcset="/_astro/i.png 1x, /_astro/j.png 2x" alt="">',
      '<img srcset="../_astro/i.png 1x, ../_astro/j.png 2x" alt="">',
    ],
    [
      'a/index.html',
      '<link rel="preload" href="/_astro/f.woff2?v=1#x" as="font">',
      '<link rel="preload" href="../_astro/f.woff2?v=1#x" as="font">',
    ],
  ])('in %s: %s', (file, html, expected) => {
    expect(relativiseHtml(html, file, options)).toEqual({ text: expected, remaining: [] });
  });

  test('leaves relative, external, protocol-relative and fragment references alone', () => {
    const html =
      '<a href="../index.html">x</a><a href="https://example.org/_astro/x">y</a>' +
      '<img src="//cdn.example/_astro/i.png" alt=""><a href="#p3">z</a><a href="mailto:a@b.c">m</a>';
    expect(relativiseHtml(html, 'sources/a/index.html', options)).toEqual({ text: html, remaining: [] });
  });

  test('reports every other root-absolute reference, and keeps it as it was', () => {
    const html = '<a href="/sources/">a</a><form action="/search/"></form><img src="/favicon.svg" alt="">';
    expect(relativiseHtml(html, 'index.html', options)).toEqual({
      text: html,
      remaining: ['/sources/', '/search/', '/favicon.svg'],
    });
  });

  test('an allowed reference stays without being reported (the 404 page’s link to the host root)', () => {
    const allow = (file: string, url: string) => file === '404.html' && url === '/';
    expect(relativiseHtml('<a href="/">home</a>', '404.html', { ...options, allow }).remaining).toEqual([]);
    expect(relativiseHtml('<a href="/">home</a>', 'index.html', { ...options, allow }).remaining).toEqual(['/']);
  });

  test('reads whole tags: a ">" or an address inside another attribute’s value is not a reference', () => {
    const html = '<a title="a > b href=/x" href="/_astro/a.css">t</a><p data-note="src=/y">/z</p>';
    expect(relativiseHtml(html, 'index.html', options)).toEqual({
      text: '<a title="a > b href=/x" href="_astro/a.css">t</a><p data-note="src=/y">/z</p>',
      remaining: [],
    });
  });

  test('finds a reference however the tag spells it: spaces around "=", quotes or none, capitals, a later srcset candidate', () => {
    const html =
      '<A HREF = "/_astro/a.css">a</A><img src= /_astro/i.png alt=""><img SRCSET="i.png 1x, /_astro/j.png 2x" alt="">' +
      "<link rel=preload href ='/_astro/f.woff2' as=font><a href='/x'>x</a>";
    expect(relativiseHtml(html, 'a/index.html', options)).toEqual({
      text:
        '<A HREF = "../_astro/a.css">a</A><img src= ../_astro/i.png alt=""><img SRCSET="i.png 1x, ../_astro/j.png 2x" alt="">' +
        "<link rel=preload href ='../_astro/f.woff2' as=font><a href='/x'>x</a>",
      remaining: ['/x'],
    });
  });

  test('reads a whole page: a reference long after the <head>, past scripts and text, is still found', () => {
    const body = '<p>Homeland Security’s — à ¶ “quoted” text</p>'.repeat(2000);
    const html =
      '<head><link rel="stylesheet" href="/_astro/a.css"><script>const s = "<a href=/in-script>";</script></head>' +
      `<body>${body}<a href="/hand-written/">x</a>${body}<img src="/_astro/i.png" alt=""></body>`;
    const result = relativiseHtml(html, 'sources/a/index.html', options);
    expect(result.remaining).toEqual(['/hand-written/']);
    expect(result.text).toBe(
      html
        .replace('href="/_astro/a.css"', 'href="../../_astro/a.css"')
        .replace('src="/_astro/i.png"', 'src="../../_astro/i.png"'),
    );
  });

  test('the same bytes whether the page is read as UTF-8 or byte for byte (Latin-1), as the build reads it', () => {
    // "à" is the bytes C3 A0: read as Latin-1, its A0 is a no-break space, which HTML does not count as whitespace.
    const html =
      '<p>à</p><img alt=àsrc="/_astro/x.png"><img alt=à src="/_astro/i.png"><a title="—" href="/_astro/a.css">à</a><a\u00a0href="/x">y</a>' +
      '<link rel=stylesheet href=/_astro/b.css>';
    const asUtf8 = relativiseHtml(html, 'a/index.html', options);
    const asBytes = relativiseHtml(Buffer.from(html).toString('latin1'), 'a/index.html', options);
    expect(Buffer.from(asBytes.text, 'latin1')).toEqual(Buffer.from(asUtf8.text));
    expect(asBytes.remaining).toEqual(asUtf8.remaining);
    expect(asUtf8.text).toContain('src="../_astro/i.png"');
    expect(asUtf8.text).toContain('href=../_astro/b.css');
  });

  test('leaves the text of scripts and styles alone', () => {
    const html = '<script>const a = \'<img src="/x.png">\';</script><style>a[href="/q"]{}</style>';
    expect(relativiseHtml(html, 'index.html', options)).toEqual({ text: html, remaining: [] });
  });
});

describe('relativiseCss', () => {
  test('makes url(/_astro/…) relative to the stylesheet and reports other root-absolute urls', () => {
    const css =
      'a{background:url(/_astro/i.png)}b{background:url("/_astro/j.png")}c{background:url(/k.png)}d{x:url(data:x)}';
    expect(relativiseCss(css, '_astro/site.css', options)).toEqual({
      text: 'a{background:url(../_astro/i.png)}b{background:url("../_astro/j.png")}c{background:url(/k.png)}d{x:url(data:x)}',
      remaining: ['/k.png'],
    });
  });
});

test.each([
  ['/', true],
  ['/_astro/a.css', true],
  ['//cdn.example/a.css', false],
  ['a.css', false],
  ['../a.css', false],
  ['https://example.org/', false],
])('isRootAbsolute(%j) is %s', (url, expected) => {
  expect(isRootAbsolute(url)).toBe(expected);
});
