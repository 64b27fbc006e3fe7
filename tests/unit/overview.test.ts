/** The overview's paragraphs (src/lib/overview.ts): statements grouped by section, single-report ones apart. */
import { expect, test } from 'vitest';
import type { Fact } from '../../src/lib/facts.ts';
import { OVERVIEW_PARAGRAPHS, exclusiveFacts, headingId, overviewParagraphs } from '../../src/lib/overview.ts';
import { FACT_SECTION_KEYS, type FactSection } from '../../src/lib/vocabularies.ts';

const fact = (id: string, section: FactSection, exclusiveTo: string | null = null): Fact => ({
  id,
  statement: `Statement ${id}.`,
  section,
  order: 1,
  exclusiveTo,
  support: [],
  discrepancies: [],
});

test('every section is told in exactly one paragraph', () => {
  const told = OVERVIEW_PARAGRAPHS.flatMap((p) => p.sections);
  expect([...told].sort()).toEqual([...FACT_SECTION_KEYS].sort());
});

test('statements go to the paragraph of their section, in the order given; empty paragraphs are left out', () => {
  const facts = [
    fact('w1', 'who'),
    fact('d1', 'detail'),
    fact('w0', 'when'),
    fact('s1', 'subjects'),
    fact('x', 'signed', 'dhs'),
  ];
  const paragraphs = overviewParagraphs(facts);
  expect(paragraphs.map((p) => [p.heading, p.id, p.facts.map((f) => f.id)])).toEqual([
    ['The meeting', 'the-meeting', ['w1', 'w0']],
    ['What they discussed', 'what-they-discussed', ['d1', 's1']],
  ]);
});

test('a statement only one report makes is not told in the story but listed apart', () => {
  const facts = [fact('a', 'when'), fact('b', 'when', 'tfipost'), fact('c', 'background', 'dhs')];
  expect(overviewParagraphs(facts).flatMap((p) => p.facts.map((f) => f.id))).toEqual(['a']);
  expect(exclusiveFacts(facts).map((f) => f.id)).toEqual(['b', 'c']);
});

test('headingId: lowercase, other characters a single hyphen', () => {
  expect(headingId('What comes next')).toBe('what-comes-next');
  expect(headingId('Who, and when?')).toBe('who-and-when-');
});
