/** A statement page's rows, written as one string (src/lib/site/statement-rows.ts). */
import { expect, test } from 'vitest';
import { statementRowsHtml } from '../../../src/lib/site/statement-rows.ts';

test('a row quotes the wording, says how it restates the sentence, and lists where it is said', () => {
  const html = statementRowsHtml([
    {
      text: 'The two sides met in New Delhi.',
      how: { kind: 'reworded', score: 0.656 },
      places: [
        {
          href: '../../../sources/a/index.html#p1-s1',
          label: 'A ¶1',
          pairHref: '../../../side-by-side/a--b/index.html#row-b-p2-s1',
        },
        { href: '../../../sources/c/index.html#p4-s2', label: 'C ¶4', pairHref: null },
      ],
    },
    { text: 'Another wording.', how: null, places: [{ href: 'd.html#p1-s1', label: 'D ¶1', pairHref: null }] },
  ]);
  expect(html).toBe(
    '<tr><td><blockquote class="verbatim"><p>The two sides met in New Delhi.</p></blockquote></td>' +
      '<td>reworded<span class="meta"> (score 0.66)</span></td><td><ul class="statement-places">' +
      '<li><a href="../../../sources/a/index.html#p1-s1">A ¶1</a> · <a href="../../../side-by-side/a--b/index.html#row-b-p2-s1">side by side</a></li>' +
      '<li><a href="../../../sources/c/index.html#p4-s2">C ¶4</a></li></ul></td></tr>' +
      '<tr><td><blockquote class="verbatim"><p>Another wording.</p></blockquote></td>' +
      '<td>through another of these sentences</td><td><ul class="statement-places">' +
      '<li><a href="d.html#p1-s1">D ¶1</a></li></ul></td></tr>',
  );
});

test('a sentence with <, & and quotes comes out escaped', () => {
  const html = statementRowsHtml([
    {
      text: `He said "5 < 6 & 7 > 3", didn't he?`,
      how: { kind: 'copied', score: 1 },
      places: [{ href: 'x.html?a=1&b="2"', label: `O'Brien & <Sons> ¶1`, pairHref: null }],
    },
  ]);
  expect(html).toContain('<p>He said &quot;5 &lt; 6 &amp; 7 &gt; 3&quot;, didn&#39;t he?</p>');
  expect(html).toContain('copied<span class="meta"> (score 1.00)</span>');
  expect(html).toContain('<a href="x.html?a=1&amp;b=&quot;2&quot;">O&#39;Brien &amp; &lt;Sons&gt; ¶1</a>');
  expect(html).not.toContain('<Sons>');
});

test('no rows, no HTML', () => {
  expect(statementRowsHtml([])).toBe('');
});

test('a copy or edit paired only through another of these says so, with no score, and its place has an id', () => {
  const html = statementRowsHtml([
    {
      text: 'The two sides met in New Delhi.',
      how: { kind: 'edited', score: null },
      places: [{ href: 's.html#p2-s1', label: 'S ¶2', pairHref: null, id: 'from-s-p2-s1' }],
    },
  ]);
  expect(html).toContain('<td>edited<span class="meta"> (by their words; paired through another of these)</span></td>');
  expect(html).toContain('<li id="from-s-p2-s1"><a href="s.html#p2-s1">S ¶2</a></li>');
  expect(html).not.toContain('score');
});
