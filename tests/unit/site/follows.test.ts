/** The "follows" line of a report's header (src/lib/site/follows.ts). */
import { expect, test } from 'vitest';
import { followsLine } from '../../../src/lib/site/follows.ts';

const edge = { from: 'dhs', fromCommon: false, statements: 7, basis: 'date', credited: true };

test('no edge, no line', () => {
  expect(followsLine(null)).toBeNull();
});

test('whom, for how many statements; no why where the derivation gives no plain one', () => {
  expect(followsLine(edge)).toEqual({
    id: 'dhs',
    fromCommon: false,
    statements: '7 statements',
    why: null,
    credited: true,
  });
});

test('the derivation’s own why when it has one, without its full stop', () => {
  expect(followsLine({ ...edge, statements: 1, why: 'It copies the readout’s opening. ' })).toMatchObject({
    statements: '1 statement',
    why: 'It copies the readout’s opening',
  });
  expect(followsLine({ ...edge, why: ' ' })?.why).toBeNull();
  // The derivation's why names what the report follows; the header names it already, so only the reasons stay.
  expect(
    followsLine({
      ...edge,
      why: 'follows MHA (in this dossier) for 7 statements: it is dated earlier, and this report credits it (“MHA said”)',
    })?.why,
  ).toBe('it is dated earlier, and this report credits it (“MHA said”)');
});
