/** The "follows" line of a report's header (src/lib/follows.ts). */
import { expect, test } from 'vitest';
import { followsLine } from '../../src/lib/follows.ts';

const basis = { date: 'the source is dated before the report, and the report restates its statements' };
const edge = { from: 'dhs', fromCommon: false, statements: 7, basis: 'date', credited: true };

test('no edge, no line', () => {
  expect(followsLine(null, basis)).toBeNull();
});

test('the basis in words where the derivation gives no plain why', () => {
  expect(followsLine(edge, basis)).toEqual({
    id: 'dhs',
    fromCommon: false,
    statements: '7 statements',
    why: 'the source is dated before the report, and the report restates its statements',
    credited: true,
  });
});

test('the derivation’s own why when it has one, without its full stop', () => {
  expect(followsLine({ ...edge, statements: 1, why: 'It copies the readout’s opening. ' }, basis)).toMatchObject({
    statements: '1 statement',
    why: 'It copies the readout’s opening',
  });
  // An empty why falls back to the basis.
  expect(followsLine({ ...edge, why: ' ' }, basis)?.why).toMatch(/^the source is dated/);
});
