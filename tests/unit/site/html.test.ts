/** Escaping for HTML written as a string (src/lib/site/html.ts): the entities Astro writes itself. */
import { expect, test } from 'vitest';
import { attribute, escapeAttribute, escapeText, link } from '../../../src/lib/site/html.ts';

test('text escapes the five characters HTML gives meaning, and nothing else', () => {
  expect(escapeText(`Tom & Jerry's <b>"bold"</b> — ¶2`)).toBe(
    'Tom &amp; Jerry&#39;s &lt;b&gt;&quot;bold&quot;&lt;/b&gt; — ¶2',
  );
  expect(escapeText('&amp;')).toBe('&amp;amp;');
  expect(escapeText('plain words')).toBe('plain words');
});

test('an attribute value escapes the ampersand and the double quote, as Astro does', () => {
  expect(escapeAttribute(`a?b=1&c="x"'<y>`)).toBe(`a?b=1&amp;c=&quot;x&quot;'<y>`);
});

test('a link escapes its address and its words', () => {
  expect(link('../x/index.html?a=1&b="2"#p1-s1', 'AT&T <¶1>')).toBe(
    '<a href="../x/index.html?a=1&amp;b=&quot;2&quot;#p1-s1">AT&amp;T &lt;¶1&gt;</a>',
  );
});

test('an attribute from a value: nothing when absent, the bare name when empty, else escaped', () => {
  expect(attribute('aria-current', undefined)).toBe('');
  expect(attribute('aria-current', null)).toBe('');
  expect(attribute('content', '')).toBe(' content');
  expect(attribute('content', 'A & "B"')).toBe(' content="A &amp; &quot;B&quot;"');
});
