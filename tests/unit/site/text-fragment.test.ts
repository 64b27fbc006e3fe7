/**
 * URL text fragments (src/lib/site/text-fragment.ts): the encoding the specification requires
 * (https://wicg.github.io/scroll-to-text-fragment/: `-`, `,` and `&` are the directive's syntax and are escaped in
 * the text), and the choice of first and last words that pick out a paragraph.
 */
import { describe, expect, test } from 'vitest';
import {
  MIN_WORDS,
  encodeTextDirective,
  encodeTextDirectiveTerm,
  paragraphUrls,
  passageUrl,
  textDirective,
} from '../../../src/lib/site/text-fragment.ts';
import { realArticles } from '../../helpers/content.ts';

describe('encodeTextDirectiveTerm', () => {
  test.each([
    ['plain words', 'New Delhi', 'New%20Delhi'],
    ['a hyphen, which would start a suffix', 'India-US', 'India%2DUS'],
    ['a comma, which would separate start and end', 'counterterrorism, narcotics', 'counterterrorism%2C%20narcotics'],
    ['an ampersand, which would start another directive', 'R&D', 'R%26D'],
    ['a straight apostrophe (allowed as it is)', "India's", "India's"],
    ['a curly apostrophe (UTF-8, percent-encoded)', 'India’s', 'India%E2%80%99s'],
    ['curly double quotes', '“key pillar”', '%E2%80%9Ckey%20pillar%E2%80%9D'],
    ['straight double quotes', '"key"', '%22key%22'],
    ['a letter with an accent', 'café', 'caf%C3%A9'],
    ['Devanagari', 'भारत', '%E0%A4%AD%E0%A4%BE%E0%A4%B0%E0%A4%A4'],
    ['a percent sign', '50%', '50%25'],
    ['a hash and a colon', '#1: U.S.', '%231%3A%20U.S.'],
    ['an en dash (not the hyphen the syntax reserves)', '27–29', '27%E2%80%9329'],
  ])('%s', (_, text, encoded) => {
    expect(encodeTextDirectiveTerm(text)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(text);
  });

  test('no character the directive syntax reserves is left bare', () => {
    const encoded = encodeTextDirectiveTerm('a-b, c&d - e,f');
    expect(encoded).not.toMatch(/[-,&\s]/);
  });
});

describe('textDirective', () => {
  test('a short passage is one term, whitespace collapsed', () => {
    expect(textDirective('  The two sides\n reviewed it. ')).toEqual({
      start: 'The two sides reviewed it.',
      end: null,
    });
  });

  test(`a long passage: its first and last ${MIN_WORDS} words`, () => {
    const passage = 'One two three four five six seven eight nine ten.';
    expect(textDirective(passage)).toEqual({ start: 'One two three four', end: 'seven eight nine ten.' });
  });

  test('the start grows until it occurs once in the article, ignoring case', () => {
    const passage = 'The two sides agreed to meet again in Washington next year.';
    const article = `The two sides reviewed the talks.\n${passage}`;
    expect(textDirective(passage, article)).toEqual({ start: 'The two sides agreed', end: 'in Washington next year.' });
    expect(textDirective(passage, `the two sides agreed once.\n${passage}`).start).toBe('The two sides agreed to');
  });

  test('both grow until the end’s first match after the start is the passage’s end', () => {
    // Four words: "the talks were good" is first found after the start in the middle of the passage.
    const passage = 'A B C D said the talks were good and then E F said the talks were good';
    expect(textDirective(passage)).toEqual({ start: 'A B C D said', end: 'said the talks were good' });
  });

  test('where no shorter pair is specific, the whole passage', () => {
    const passage = 'one two three four five six seven eight nine';
    expect(textDirective(passage, `${passage}\n${passage}`)).toEqual({ start: passage, end: null });
  });

  test('an empty passage is refused', () => {
    expect(() => textDirective('  ')).toThrow(/at least one word/);
  });
});

describe('passageUrl', () => {
  test('start and end, each encoded, after #:~:text=', () => {
    const url = passageUrl(
      'https://example.org/a',
      'India-US talks: counterterrorism, narcotics and the “key pillar” of India’s ties with the U.S. & others.',
    );
    expect(url).toBe(
      'https://example.org/a#:~:text=India%2DUS%20talks%3A%20counterterrorism%2C%20narcotics,the%20U.S.%20%26%20others.',
    );
  });

  test('an address with a fragment keeps it and the directive follows', () => {
    expect(passageUrl('https://example.org/a#top', 'Short text.')).toBe(
      'https://example.org/a#top:~:text=Short%20text.',
    );
  });

  test('encodeTextDirective writes one term where there is no end', () => {
    expect(encodeTextDirective({ start: 'a,b', end: null })).toBe('a%2Cb');
  });
});

describe('the real reports', async () => {
  const articles = await realArticles();
  test.each([...articles.keys()])(
    '%s: every paragraph’s link starts with its first words and ends with its last',
    (slug) => {
      const article = articles.get(slug)!;
      const urls = paragraphUrls('https://example.org/report', article.paragraphs);
      expect([...urls.keys()]).toEqual(article.paragraphs.map((p) => p.anchor));
      for (const paragraph of article.paragraphs) {
        const url = urls.get(paragraph.anchor)!;
        const directive = url.slice(url.indexOf('#:~:text=') + '#:~:text='.length);
        const terms = directive.split(',');
        expect(terms.length).toBeLessThanOrEqual(2);
        for (const term of terms) expect(term, paragraph.anchor).not.toMatch(/[-&\s]/);
        const [start, end] = terms.map(decodeURIComponent);
        const flat = paragraph.text.trim().split(/\s+/).join(' ');
        expect(flat.startsWith(start!), `${slug} ${paragraph.anchor}`).toBe(true);
        if (end === undefined) expect(start).toBe(flat);
        else expect(flat.endsWith(end), `${slug} ${paragraph.anchor}`).toBe(true);
      }
    },
  );
});
