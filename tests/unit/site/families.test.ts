/** Who follows whom, by family (src/lib/site/families.ts). */
import { expect, test } from 'vitest';
import {
  FOLLOWERS_NAMED,
  alonePagePath,
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
