import { expect, test } from 'vitest';
import type { Official, OfficialTitle, Source } from '../../../src/lib/content/dossier.ts';
import { MATRIX_LIMIT } from '../../../src/lib/analysis/reuse/reuse.ts';
import {
  OFFICIAL_PAGE_SIZE,
  groupStarts,
  groupsNaming,
  namingGroups,
  namingRows,
  officialPagePath,
} from '../../../src/lib/site/officials.ts';

// Only the fields these functions read: a report's slug and whom it names, an official's slug and titles.
const official = (titles: [source: string, title: string][]): Official =>
  ({
    slug: 'jane-roe',
    titles: titles.map(([source, title]): Partial<OfficialTitle> => ({ source, title })),
  }) as unknown as Official;
const report = (slug: string, names: string[]): Source =>
  ({ slug, officials: names.map((n) => ({ official: { slug: n }, title: null })) }) as unknown as Source;

// Eight reports, read by hand: a and e write "Home Secretary", c and f "Union Home Secretary", g "home secretary"
// (other letters: another title as written); b names her without a title; d names only someone else; h is credited
// with a title but does not name her.
const jane = official([
  ['a', 'Home Secretary'],
  ['c', 'Union Home Secretary'],
  ['e', 'Home Secretary'],
  ['f', 'Union Home Secretary'],
  ['g', 'home secretary'],
  ['h', 'Home Secretary'],
]);
const sources = [
  report('a', ['jane-roe']),
  report('b', ['jane-roe']),
  report('c', ['jane-roe']),
  report('d', ['john-doe']),
  report('e', ['jane-roe', 'john-doe']),
  report('f', ['jane-roe']),
  report('g', ['jane-roe']),
  // A title credited to a report that (by its frontmatter) does not name her is not shown as hers.
  report('h', []),
];

test('each report is one row, in the order given: the title where it names the official with one', () => {
  const rows = namingRows(jane, sources);
  expect(rows.map((r) => [r.source.slug, r.named, r.mention?.title ?? null])).toEqual([
    ['a', true, 'Home Secretary'],
    ['b', true, null],
    ['c', true, 'Union Home Secretary'],
    ['d', false, null],
    ['e', true, 'Home Secretary'],
    ['f', true, 'Union Home Secretary'],
    ['g', true, 'home secretary'],
    ['h', false, null],
  ]);
});

test('the rows are grouped by title as written, the most used first, then without a title, then not named', () => {
  const groups = namingGroups(namingRows(jane, sources));
  expect(groups.map((g) => [g.id, g.title, g.named, g.rows.map((r) => r.source.slug)])).toEqual([
    ['title-1', 'Home Secretary', true, ['a', 'e']],
    // Two reports each: the title first used in the dossier's order (a, before c) leads.
    ['title-2', 'Union Home Secretary', true, ['c', 'f']],
    ['title-3', 'home secretary', true, ['g']],
    ['untitled', null, true, ['b']],
    ['not-named', null, false, ['d', 'h']],
  ]);
});

test('a tie between titles keeps the dossier order; a bigger group leads whatever its place', () => {
  const tie = official([
    ['b', 'Secretary'],
    ['a', 'Minister'],
  ]);
  const two = [report('a', ['jane-roe']), report('b', ['jane-roe'])];
  expect(namingGroups(namingRows(tie, two)).map((g) => g.title)).toEqual(['Minister', 'Secretary']);
  const more = official([
    ['a', 'Minister'],
    ['b', 'Secretary'],
    ['c', 'Secretary'],
  ]);
  const three = [...two, report('c', ['jane-roe'])];
  expect(namingGroups(namingRows(more, three)).map((g) => g.title)).toEqual(['Secretary', 'Minister']);
});

test('no group is empty', () => {
  const none = official([]);
  expect(namingGroups(namingRows(none, [report('a', ['jane-roe'])])).map((g) => g.id)).toEqual(['untitled']);
  expect(namingGroups([])).toEqual([]);
});

test('where each group begins, group by group in pages', () => {
  const groups = namingGroups(namingRows(jane, sources));
  // Rows laid out: a e | c f | g | b | d h, in pages of three.
  const starts = groupStarts(groups, 3);
  expect(Object.fromEntries(starts)).toEqual({
    'title-1': { page: 1, index: 0 },
    'title-2': { page: 1, index: 2 },
    'title-3': { page: 2, index: 4 },
    untitled: { page: 2, index: 5 },
    'not-named': { page: 3, index: 6 },
  });
  expect(groupStarts(groups).get('not-named')).toEqual({ page: 1, index: 6 });
  expect(OFFICIAL_PAGE_SIZE).toBe(50);
});

test('a small dossier lists every report; a larger one is grouped', () => {
  expect(groupsNaming(5)).toBe(false);
  expect(groupsNaming(MATRIX_LIMIT)).toBe(false);
  expect(groupsNaming(MATRIX_LIMIT + 1)).toBe(true);
  expect(groupsNaming(1005)).toBe(true);
});

test('page paths: the first at the official’s own address', () => {
  expect(officialPagePath('jane-roe', 1)).toBe('/officials/jane-roe/');
  expect(officialPagePath('jane-roe', 3)).toBe('/officials/jane-roe/3/');
});
