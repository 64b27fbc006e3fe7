/** Who follows whom, by family (src/lib/site/families.ts). */
import { expect, test } from 'vitest';
import {
  FOLLOWERS_NAMED,
  alonePagePath,
  evidencePages,
  familiesOf,
  familyPagePath,
  namedFollowers,
} from '../../../src/lib/site/families.ts';

const edge = (from: string, to: string, statements: number, credited = false, fromCommon = false) => ({
  from,
  to,
  statements,
  credited,
  fromCommon,
});

test('one family per followed text, with its followers and counts; most followers first', () => {
  const families = familiesOf([
    edge('readout', 'blog', 8, true),
    edge('lost', 'wire', 7, true, true),
    edge('lost', 'paper', 7, false, true),
    edge('lost', 'blog', 5, false, true),
  ]);
  expect(families).toEqual([
    { id: 'lost', fromCommon: true, followers: ['wire', 'paper', 'blog'], statements: 19, credited: 1 },
    { id: 'readout', fromCommon: false, followers: ['blog'], statements: 8, credited: 1 },
  ]);
});

test('ties go to more statements, then to the first seen', () => {
  const ids = familiesOf([edge('a', 'x', 3), edge('b', 'y', 5), edge('c', 'z', 3)]).map((f) => f.id);
  expect(ids).toEqual(['b', 'a', 'c']);
  expect(familiesOf([])).toEqual([]);
});

test('a row names five followers and counts the others; six are all named rather than "and 1 other"', () => {
  const ids = (n: number) => Array.from({ length: n }, (_x, i) => `r${i + 1}`);
  expect(FOLLOWERS_NAMED).toBe(5);
  expect(namedFollowers(ids(6))).toEqual({ named: ids(6), more: 0 });
  expect(namedFollowers(ids(7))).toEqual({ named: ids(5), more: 2 });
  expect(namedFollowers(ids(300))).toEqual({ named: ids(5), more: 295 });
  expect(namedFollowers([])).toEqual({ named: [], more: 0 });
});

test('the pages of a family and of the reports that follow nothing: page 1 at the family’s own address', () => {
  expect(familyPagePath('wire', 1)).toBe('/derivation/follows/wire/');
  expect(familyPagePath('wire', 3)).toBe('/derivation/follows/wire/3/');
  expect(alonePagePath(1)).toBe('/derivation/alone/');
  expect(alonePagePath(2)).toBe('/derivation/alone/2/');
});

test('a report’s evidence is on the page of its family, or of the reports following nothing, that lists it', () => {
  const followers = Array.from({ length: 30 }, (_, i) => `copy-${i + 1}`);
  const families = familiesOf([
    ...followers.map((to) => edge('wire', to, 3)),
    edge('lost', 'paper', 7, false, true),
    edge('lost', 'copy-30', 4, false, true),
  ]);
  const few = evidencePages(families, ['readout', 'column']);
  // Twenty-five followers a page: the 25th on the first, the 26th on the second.
  expect(few('copy-25', 'wire')).toBe('/derivation/follows/wire/');
  expect(few('copy-26', 'wire')).toBe('/derivation/follows/wire/2/');
  expect(few('copy-30', 'wire')).toBe('/derivation/follows/wire/2/');
  // The same report in a second family is on that family's page as it lists it (second of two).
  expect(few('copy-30', 'lost')).toBe('/derivation/follows/lost/');
  // Ten or fewer following nothing: on /derivation/ itself.
  expect(few('readout', null)).toBe('/derivation/');
  const many = Array.from({ length: 30 }, (_, i) => `alone-${i + 1}`);
  const paged = evidencePages(families, many);
  expect(paged('alone-1', null)).toBe('/derivation/alone/');
  expect(paged('alone-25', null)).toBe('/derivation/alone/');
  expect(paged('alone-26', null)).toBe('/derivation/alone/2/');
  // A report no page lists is an error that names it, not a link to nowhere.
  expect(() => few('paper', 'wire')).toThrow(/"paper".*following "wire"/u);
  expect(() => few('copy-1', null)).toThrow(/"copy-1".*following no text/u);
});
