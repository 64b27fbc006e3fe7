import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/lib/text/sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    // From the India News Network report: "U.S." must not end the sentence.
    [
      'The respective sides were represented by Ajay Bhalla, Home Secretary, and Kristie Canegallo, Acting Deputy Secretary of the U.S. Department of Homeland Security.',
      1,
    ],
    // From TFIPost: "D.C." followed by a lowercase word.
    [
      'The agreement to hold the next round in Washington D.C. reflects the commitment of both countries. This upcoming dialogue presents an opportunity.',
      2,
    ],
    // From the IANS wire story: the dateline stays with its sentence.
    [
      '(MENAFN- IANS) New Delhi, Feb 28 (IANS) Terrorism, organised crime, drug trafficking were some of the issues.',
      1,
    ],
    // Curly quotes inside a sentence (the republished report).
    [
      'The two sides reviewed ongoing work, which a readout described as a “key pillar” of the partnership. They discussed steps.',
      2,
    ],
    [
      'Gupta was detained in the Czech Republic last June and has challenged a Czech court’s order. The US indictment alleged a plot.',
      2,
    ],
  ])('%s → %i sentence(s)', (paragraph, count) => {
    expect(texts(paragraph)).toHaveLength(count);
  });

  test('every sentence is an exact slice of the paragraph, and only whitespace lies between', () => {
    const paragraph = 'First one.  Second one?   Third, with the U.S. Department!  ';
    const spans = splitSentences(paragraph);
    expect(spans.map((s) => s.text)).toEqual(['First one.', 'Second one?', 'Third, with the U.S. Department!']);
    for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
    for (let i = 1; i < spans.length; i++) {
      expect(paragraph.slice(spans[i - 1]!.end, spans[i]!.start)).toMatch(/^\s+$/);
    }
  });

  test.each([
    // Issue 21: the fragment "India-U.S." cut from its sentence got six wrong counterparts.
    "The India-U.S. Senior Officials' Homeland Security Dialogue was held in New Delhi.",
    'The U.K. High Commissioner and the U.S. Ambassador attended.',
    'The talks began on Feb. 28 and ended on Jan. 5 the next year.',
    'The talks began on Feb. 28, officials said.',
    'Dr. Rao and Mr. Singh met Ms. Lee at No. 10.',
    'He paid Rs. 500 for a copy at St. Mary’s bookshop.',
    'It was signed by J. K. Smith of the (U.S. Department of State).',
  ])('an abbreviation does not end the sentence: %s', (paragraph) => {
    expect(texts(paragraph)).toEqual([paragraph]);
  });

  test('a sentence still ends after an abbreviation-free full stop next to them', () => {
    expect(texts('The India-U.S. dialogue met on Feb. 28. The next round is in Washington.')).toEqual([
      'The India-U.S. dialogue met on Feb. 28.',
      'The next round is in Washington.',
    ]);
  });

  test('a single initial does not end a sentence', () => {
    expect(texts('It was signed by John J. Smith on Monday.')).toEqual(['It was signed by John J. Smith on Monday.']);
  });

  test('an empty or blank paragraph has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });
});
