/** Long runs of "only in X" on a side-by-side page (src/lib/site/pair-rows.ts). */
import { expect, test } from 'vitest';
import { groupOnlyRuns, onlyIn } from '../../../src/lib/site/pair-rows.ts';

const shared = (a: string) => ({ a, b: ['x'] });
const onlyA = (a: string) => ({ a, b: [] });
const onlyB = () => ({ a: null, b: ['y'] });

test('which report alone has a row', () => {
  expect(onlyIn(shared('s1'))).toBeNull();
  expect(onlyIn(onlyA('s1'))).toBe('a');
  expect(onlyIn(onlyB())).toBe('b');
});

test('three or more in a row become one item; shorter runs and mixed sides stay rows', () => {
  const rows = [shared('1'), onlyA('2'), onlyA('3'), onlyB(), onlyB(), onlyB(), onlyB(), shared('4'), onlyA('5')];
  const items = groupOnlyRuns(rows);
  expect(items.map((i) => (i.kind === 'row' ? 'row' : `${i.side}×${i.rows.length}`))).toEqual([
    'row',
    'row',
    'row',
    'b×4',
    'row',
    'row',
  ]);
  // Every row is kept, in order.
  expect(items.flatMap((i) => (i.kind === 'row' ? [i.row] : i.rows))).toEqual(rows);
  expect(groupOnlyRuns([onlyA('1'), onlyA('2'), onlyA('3')]).map((i) => i.kind)).toEqual(['only']);
});
