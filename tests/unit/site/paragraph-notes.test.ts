/** The notes beside a report's paragraph, written as one string (src/lib/site/paragraph-notes.ts). */
import { expect, test } from 'vitest';
import {
  type NoteRow,
  onOriginalHtml,
  paragraphNotesHtml,
  sentenceOpening,
} from '../../../src/lib/site/paragraph-notes.ts';

const row = (over: Partial<NoteRow>): NoteRow => ({
  sentence: 'p2-s1',
  which: null,
  topics: [],
  counterparts: [],
  statement: null,
  ...over,
});

test('a paragraph with no sentence to note writes nothing', () => {
  expect(paragraphNotesHtml('2', 'No topics or counterparts', [])).toBe('');
});

test('a note lists topics, counterparts with their side-by-side link, and the statement page, in that order', () => {
  const html = paragraphNotesHtml('2', '2 topics · 2 counterparts', [
    row({
      which: { label: 'Sentence 1', opening: '“They also agreed to …”' },
      topics: [
        { label: 'Customs', href: '../../topics/customs/index.html', negated: false },
        { label: 'Cybercrime', href: '../../topics/cybercrime/index.html', negated: true },
      ],
      counterparts: [
        {
          kind: 'copied',
          href: '../../sources/a/index.html#p3-s1',
          label: 'A ¶3',
          pairHref: '../../side-by-side/a--b/index.html#row-b-p2-s1',
        },
        { kind: 'reworded', href: '../../sources/c/index.html#p1-s2', label: 'C ¶1, sentence 2', pairHref: null },
      ],
      statement: { href: '../../statements/a/p3-s1/index.html', label: 'All 7 counterparts' },
    }),
  ]);
  expect(html).toBe(
    '<details class="paragraph-notes"><summary><span class="visually-hidden">Paragraph 2: </span>2 topics · 2 counterparts</summary><ol>' +
      '<li data-sentence="p2-s1"><p class="which"><a href="#p2-s1">Sentence 1</a> <span class="opening">“They also agreed to …”</span></p>' +
      '<p>Topics: <a href="../../topics/customs/index.html">Customs</a>, <a href="../../topics/cybercrime/index.html">Cybercrime</a> (said not discussed)</p>' +
      '<ul class="plain"><li>copied in <a href="../../sources/a/index.html#p3-s1">A ¶3</a> · <a href="../../side-by-side/a--b/index.html#row-b-p2-s1">side by side</a></li>' +
      '<li>reworded in <a href="../../sources/c/index.html#p1-s2">C ¶1, sentence 2</a></li></ul>' +
      '<p><a href="../../statements/a/p3-s1/index.html">All 7 counterparts</a></p></li></ol></details>',
  );
});

test('a lone sentence has no "which" line, and a row holds only what it has', () => {
  const html = paragraphNotesHtml('5', '1 topic', [
    row({ sentence: 'p5-s1', topics: [{ label: 'Visas', href: 'v.html', negated: false }] }),
  ]);
  expect(html).toContain('<li data-sentence="p5-s1"><p>Topics: <a href="v.html">Visas</a></p></li>');
  expect(html).not.toContain('class="which"');
  expect(html).not.toContain('<ul');
});

test('a sentence with <, & and quotes comes out escaped, in text and in attributes', () => {
  const text = `Officials said "A<B & C's" matter`;
  const html = paragraphNotesHtml('1', 'a & b', [
    row({
      sentence: 'p1-s"1',
      which: { label: 'Sentence 1', opening: sentenceOpening(text) },
      topics: [{ label: 'R&D <tech>', href: 't.html?a=1&b=2', negated: false }],
      counterparts: [{ kind: 'edited', href: 's.html#"x"', label: `O'Hara & <Co> ¶1`, pairHref: null }],
    }),
  ]);
  expect(html).toContain('<summary><span class="visually-hidden">Paragraph 1: </span>a &amp; b</summary>');
  expect(html).toContain('<li data-sentence="p1-s&quot;1"><p class="which"><a href="#p1-s&quot;1">Sentence 1</a>');
  expect(html).toContain('<span class="opening">“Officials said &quot;A&lt;B &amp; C&#39;s&quot; …”</span>');
  expect(html).toContain('<a href="t.html?a=1&amp;b=2">R&amp;D &lt;tech&gt;</a>');
  expect(html).toContain('edited in <a href="s.html#&quot;x&quot;">O&#39;Hara &amp; &lt;Co&gt; ¶1</a>');
  expect(html).not.toMatch(/<(B|Co|tech)>/);
});

test('the opening is the first five words, with an ellipsis only when there are more', () => {
  expect(sentenceOpening('The recent Homeland Security Dialogue between India')).toBe(
    '“The recent Homeland Security Dialogue …”',
  );
  expect(sentenceOpening('Short one here.')).toBe('“Short one here.”');
  expect(sentenceOpening('One two three four five')).toBe('“One two three four five”');
});

test('the link to the original page escapes its address, text fragment and all', () => {
  expect(onOriginalHtml(3, 'https://example.org/a?x=1&y=2#:~:text=say%20%22so%22')).toBe(
    '<p class="on-original"><a class="external" href="https://example.org/a?x=1&amp;y=2#:~:text=say%20%22so%22" ' +
      'rel="external noopener noreferrer">¶3 on the original page</a></p>',
  );
  expect(onOriginalHtml(1, 'https://example.org/"q"')).toContain('href="https://example.org/&quot;q&quot;"');
});
