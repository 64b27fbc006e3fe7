/** The notes beside a report's paragraph (src/lib/site/sentence-notes.ts). */
import { expect, test } from 'vitest';
import { MAX_SHOWN, closestCounterparts, notesSummary } from '../../../src/lib/site/sentence-notes.ts';

test('at most five counterparts, the highest scores first, ties in the order given', () => {
  const list = [0.5, 0.9, 0.7, 0.9, 0.4, 0.8, 0.6].map((score, i) => ({ id: `c${i}`, score }));
  expect(MAX_SHOWN).toBe(5);
  expect(closestCounterparts(list).map((c) => c.id)).toEqual(['c1', 'c3', 'c5', 'c2', 'c6']);
  expect(closestCounterparts(list.slice(0, 2)).map((c) => c.id)).toEqual(['c1', 'c0']);
});

test('the summary counts topics and counterparts over the paragraph, leaving out a zero', () => {
  expect(
    notesSummary([
      { topics: 1, counterparts: 3 },
      { topics: 1, counterparts: 0 },
    ]),
  ).toBe('2 topics · 3 counterparts');
  expect(notesSummary([{ topics: 0, counterparts: 1 }])).toBe('1 counterpart');
  expect(notesSummary([{ topics: 1, counterparts: 0 }])).toBe('1 topic');
  expect(notesSummary([])).toBe('No topics or counterparts');
});
