/** Where each sentence lies in its paragraph (src/lib/content/article.ts, sentenceSpans). */
import { expect, test } from 'vitest';
import { sentenceSpans } from '../../../src/lib/content/article.ts';

test('each sentence at its offsets, a repeated sentence at its own place', () => {
  const paragraph = {
    text: 'It met. It met.  Then it left.',
    sentences: [
      { id: 'p1-s1', text: 'It met.' },
      { id: 'p1-s2', text: 'It met.' },
      { id: 'p1-s3', text: 'Then it left.' },
    ],
  };
  expect(sentenceSpans(paragraph)).toEqual([
    { id: 'p1-s1', start: 0, end: 7 },
    { id: 'p1-s2', start: 8, end: 15 },
    { id: 'p1-s3', start: 17, end: 30 },
  ]);
});

test('a sentence not in the text is left out, and the search goes on from the last one found', () => {
  const paragraph = {
    text: 'One. Two.',
    sentences: [
      { id: 'p1-s1', text: 'One.' },
      { id: 'p1-s2', text: 'Missing.' },
      { id: 'p1-s3', text: 'Two.' },
    ],
  };
  expect(sentenceSpans(paragraph)).toEqual([
    { id: 'p1-s1', start: 0, end: 4 },
    { id: 'p1-s3', start: 5, end: 9 },
  ]);
});
