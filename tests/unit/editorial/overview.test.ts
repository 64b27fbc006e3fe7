/** The overview's paragraphs (src/lib/editorial/overview.ts): statements grouped by section, single-report ones apart. */
import { describe, expect, test } from 'vitest';
import type { Fact, FactSupport } from '../../../src/lib/editorial/facts.ts';
import {
  OVERVIEW_PARAGRAPHS,
  citedNames,
  exclusiveFacts,
  glanceItems,
  headingId,
  markerLabel,
  overviewParagraphs,
} from '../../../src/lib/editorial/overview.ts';
import { FACT_SECTION_KEYS, type FactSection, type Stance } from '../../../src/lib/content/vocabularies.ts';

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

describe('at a glance', () => {
  const support = (shortName: string, stance: Stance = 'agrees') =>
    ({ source: shortName.toLowerCase(), shortName, stance }) as FactSupport;
  const withSupport = (f: Fact, ...s: FactSupport[]): Fact => ({ ...f, support: s });

  test('items follow the reader’s questions; a statement only one report makes is left out; empty items too', () => {
    const facts = [
      fact('place', 'where'),
      fact('dates', 'when'),
      fact('mou', 'signed'),
      fact('solo', 'signed', 'tfipost'),
      fact('later', 'next-round'),
    ];
    expect(glanceItems(facts).map((i) => [i.label, i.id, i.facts.map((f) => f.id)])).toEqual([
      ['When and where', 'when-and-where', ['place', 'dates']],
      ['What was signed', 'what-was-signed', ['mou']],
      ['Next round', 'next-round', ['later']],
    ]);
  });

  test('commitments: the three statements most reports agree with, in the order given', () => {
    const a = support('A');
    const b = support('B');
    const c = support('C');
    const facts = [
      withSupport(fact('one', 'subjects'), a),
      withSupport(fact('three', 'subjects'), a, b, c),
      withSupport(fact('two', 'subjects'), a, b),
      // Two citations from one report are one report.
      withSupport(fact('twice', 'subjects'), a, a),
      withSupport(fact('differs', 'subjects'), a, support('B', 'differs'), support('C', 'differs')),
      withSupport(fact('also-two', 'subjects'), b, c),
    ];
    expect(glanceItems(facts)[0]!.facts.map((f) => f.id)).toEqual(['three', 'two', 'also-two']);
  });

  test('a marker names the first two reports, agreeing ones first, and counts the rest', () => {
    const f1 = withSupport(fact('x', 'when'), support('TFIPost', 'differs'), support('DHS'));
    const f2 = withSupport(fact('y', 'where'), support('DHS'), support('IANS'), support('INN'), support('MENAFN'));
    expect(citedNames([f1, f2])).toEqual(['DHS', 'IANS', 'INN', 'MENAFN', 'TFIPost']);
    expect(markerLabel(citedNames([f1, f2]))).toBe('DHS · IANS +3');
    expect(markerLabel(['DHS', 'IANS'])).toBe('DHS · IANS');
    expect(markerLabel(['DHS'])).toBe('DHS');
  });
});
