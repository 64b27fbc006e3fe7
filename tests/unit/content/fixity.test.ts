/**
 * Fixity (src/lib/content/fixity.ts, README "Fixity"): the digest of a report's article text. Expected digests were
 * computed outside the code, with `printf '…' | sha256sum`.
 */
import { describe, expect, test } from 'vitest';
import { articleDigest, captureCheckCommand, fixityText, sha256, textCheckCommand } from '../../../src/lib/content/fixity.ts';
import { article } from '../../helpers/articles.ts';

describe('sha256', () => {
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('of %j', (text, digest) => {
    expect(sha256(text)).toBe(digest);
    expect(sha256(new TextEncoder().encode(text))).toBe(digest);
  });
});

describe('the article text', () => {
  const twoParagraphs = article(['First paragraph.', 'Second sentence.'], ['Café “quoted”, India’s.']);

  test('paragraphs in order, joined by one blank line, nothing at the end', () => {
    expect(fixityText(twoParagraphs)).toBe('First paragraph. Second sentence.\n\nCafé “quoted”, India’s.');
  });

  test('its digest is that of the UTF-8 text (printf … | sha256sum)', () => {
    expect(articleDigest(twoParagraphs)).toBe('6e488321a6e83037c5e88c4b14f4bbbb999846e7e4489546a66a7f46caffafb4');
  });

  test('NFC: an accent stored as a separate mark gives the same digest', () => {
    const decomposed = article(['First paragraph.', 'Second sentence.'], ['Cafe\u0301 “quoted”, India’s.']);
    expect(fixityText(decomposed)).toBe(fixityText(twoParagraphs));
    expect(articleDigest(decomposed)).toBe(articleDigest(twoParagraphs));
  });

  test('headings and artifacts are not part of it; one changed character changes the digest', () => {
    const withDebris = { ...twoParagraphs, headings: [{ depth: 2, text: 'A heading', afterParagraph: 1 }] };
    expect(articleDigest(withDebris)).toBe(articleDigest(twoParagraphs));
    const changed = article(['First paragraph.', 'Second sentence.'], ["Café “quoted”, India's."]);
    expect(articleDigest(changed)).not.toBe(articleDigest(twoParagraphs));
  });
});

test('the commands a reader runs name the report and the file', () => {
  expect(textCheckCommand('tfipost')).toBe(
    `jq -j '.sources[] | select(.slug == "tfipost") | .text' sources.json | sha256sum`,
  );
  expect(captureCheckCommand({ file: 'tests/fixtures/captures/x.txt', sha256: 'ab' })).toBe(
    'sha256sum tests/fixtures/captures/x.txt',
  );
});
