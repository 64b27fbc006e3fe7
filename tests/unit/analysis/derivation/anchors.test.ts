/**
 * The anchors of an article's text (src/lib/content/article.ts) and of a reconstruction's statements (src/lib/analysis/derivation/):
 * written in one place, read back in one place, and a malformed anchor is an error rather than a "¶p3" on a page.
 */
import { describe, expect, test } from 'vitest';
import {
  artifactAnchor,
  paragraphAnchor,
  paragraphNumber,
  sentenceAnchor,
  sentenceNumber,
  sentencePlace,
} from '../../../../src/lib/content/article.ts';
import { statementAnchor, statementNumber } from '../../../../src/lib/analysis/derivation/index.ts';

describe('article anchors', () => {
  test('are written as the source pages carry them', () => {
    expect(paragraphAnchor(3)).toBe('p3');
    expect(sentenceAnchor('p3', 2)).toBe('p3-s2');
    expect(artifactAnchor(1)).toBe('a1');
  });

  test('read back: the paragraph of a paragraph or a sentence anchor, the sentence of a sentence anchor', () => {
    expect(paragraphNumber('p3')).toBe(3);
    expect(paragraphNumber('p13-s2')).toBe(13);
    expect(sentenceNumber('p13-s2')).toBe(2);
    expect(sentenceNumber(sentenceAnchor(paragraphAnchor(21), 11))).toBe(11);
  });

  test('a sentence anchor as a reader names it', () => {
    expect(sentencePlace('p8-s2')).toBe('¶8, sentence 2');
    expect(sentencePlace('p13-s1')).toBe('¶13, sentence 1');
  });

  test('a malformed anchor is an error, not a wrong label', () => {
    expect(() => paragraphNumber('a1')).toThrow(/not a paragraph or sentence anchor.*"a1"/u);
    expect(() => paragraphNumber('p3-s')).toThrow(/"p3-s"/u);
    expect(() => sentenceNumber('p3')).toThrow(/not a sentence anchor.*"p3"/u);
    expect(() => sentencePlace('row-p3-s1')).toThrow(/"row-p3-s1"/u);
  });
});

describe('statement anchors of a reconstruction', () => {
  test('are written and read back', () => {
    expect(statementAnchor(4)).toBe('s4');
    expect(statementNumber('s4')).toBe(4);
    expect(statementNumber(statementAnchor(12))).toBe(12);
  });

  test('a malformed one is an error', () => {
    expect(() => statementNumber('p4-s1')).toThrow(/not a statement anchor.*"p4-s1"/u);
  });
});
