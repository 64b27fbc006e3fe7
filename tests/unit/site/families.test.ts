/** Who follows whom, by family (src/lib/site/families.ts). */
import { expect, test } from 'vitest';
import { familiesOf } from '../../../src/lib/site/families.ts';

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
