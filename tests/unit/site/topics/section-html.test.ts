/** One report's evidence for a topic, written as one string (src/lib/site/topics/section-html.ts). */
import { expect, test } from 'vitest';
import { type TopicSectionHtml, topicSectionHtml } from '../../../../src/lib/site/topics/section-html.ts';

const base: TopicSectionHtml = {
  slug: 'a-report',
  title: { href: '../../sources/a-report/index.html', text: 'India and US meet' },
  outlet: 'The Outlet',
  citedAs: 'The Outlet',
  kind: 'News report',
  date: { iso: '2024-02-28', text: '28 February 2024' },
  language: 'en',
  wire: null,
  evidence: [
    {
      negated: false,
      quote: 'They discussed customs.',
      paragraph: { href: '../../sources/a-report/index.html#p3', text: 'Paragraph 3' },
      sentence: { href: '../../sources/a-report/index.html#p3-s2', text: 'sentence 2' },
      terms: ['customs', 'border*'],
      statementHref: null,
    },
  ],
  copies: { count: 0, countText: '0', named: [], unnamed: 0, unnamedText: '0' },
};

test('a section: heading linked, outlet, kind and date, each sentence quoted and linked, the terms matched', () => {
  expect(topicSectionHtml(base)).toBe(
    '<section class="topic-source" aria-labelledby="source-a-report"><h2 id="source-a-report">' +
      '<a href="../../sources/a-report/index.html">India and US meet</a></h2>' +
      '<p class="meta">The Outlet · News report · <time datetime="2024-02-28">28 February 2024</time></p>' +
      '<ol class="evidence"><li><blockquote class="verbatim" lang="en"><p>They discussed customs.</p></blockquote>' +
      '<p class="meta"><a href="../../sources/a-report/index.html#p3">Paragraph 3</a>, ' +
      '<a href="../../sources/a-report/index.html#p3-s2">sentence 2</a> · matched: customs; border*</p></li></ol></section>',
  );
});

test("a report cited by a short name not its outlet's says so, after the date, escaped", () => {
  expect(topicSectionHtml({ ...base, citedAs: 'A & B' })).toContain(
    '<time datetime="2024-02-28">28 February 2024</time> · cited as <strong>A &amp; B</strong></p>',
  );
  expect(topicSectionHtml(base)).not.toContain('cited as');
});

test('a copy of a wire story, a negated sentence with its statement page, and the copies named and counted', () => {
  const html = topicSectionHtml({
    ...base,
    wire: { href: '../../sources/wire/index.html', text: 'Wire Agency' },
    evidence: [{ ...base.evidence[0]!, negated: true, statementHref: '../../statements/wire/p1-s1/index.html' }],
    copies: {
      count: 13,
      countText: '13',
      named: [
        { href: 'b.html', text: 'B' },
        { href: 'c.html', text: 'C' },
      ],
      unnamed: 11,
      unnamedText: '11',
    },
  });
  expect(html).toContain('<section class="topic-source topic-copy" aria-labelledby="source-a-report">');
  expect(html).toContain(
    '</time> · a copy of the wire story <a href="../../sources/wire/index.html">Wire Agency</a></p>',
  );
  expect(html).toContain('<li><p class="negated-label">Says this was not discussed:</p><blockquote');
  expect(html).toContain(
    'matched: customs; border* · <a href="../../statements/wire/p1-s1/index.html">who else says it</a></p>',
  );
  expect(html).toContain(
    '<p class="copies">And 13 copies with the same sentences: <a href="b.html">B</a>, <a href="c.html">C</a> and 11 more.</p></section>',
  );
  const one = topicSectionHtml({
    ...base,
    copies: { count: 1, countText: '1', named: [{ href: 'b.html', text: 'B' }], unnamed: 0, unnamedText: '0' },
  });
  expect(one).toContain('<p class="copies">And 1 copy with the same sentences: <a href="b.html">B</a>.</p>');
});

test('a report that does not mention the topic says so', () => {
  expect(topicSectionHtml({ ...base, evidence: [] })).toContain(
    '</p><p class="none">Not mentioned in this report.</p></section>',
  );
});

test('a sentence with <, & and quotes comes out escaped', () => {
  const html = topicSectionHtml({
    ...base,
    title: { href: 'a.html?x=1&y="2"', text: 'Q&A: "<Visas>"' },
    outlet: 'Smith & Sons',
    evidence: [{ ...base.evidence[0]!, quote: `He said "A < B & C's"`, terms: ['R&D'] }],
  });
  expect(html).toContain('<a href="a.html?x=1&amp;y=&quot;2&quot;">Q&amp;A: &quot;&lt;Visas&gt;&quot;</a>');
  expect(html).toContain('<p class="meta">Smith &amp; Sons · ');
  expect(html).toContain('<p>He said &quot;A &lt; B &amp; C&#39;s&quot;</p>');
  expect(html).toContain('matched: R&amp;D</p>');
  expect(html).not.toContain('<Visas>');
});
