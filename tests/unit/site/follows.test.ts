/** The "follows" line of a report's header (src/lib/site/follows.ts). */
import { expect, test } from 'vitest';
import { followsLine, whyClause } from '../../../src/lib/site/follows.ts';

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

test('the why as a clause after "follows X, for N statements:": its opening not said twice, a copy said to be one', () => {
  expect(
    whyClause(
      'follows DHS (in this dossier) for 8 statements: it is dated earlier, and it holds 16 of the 24 sentences.',
    ),
  ).toBe('it is dated earlier, and it holds 16 of the 24 sentences');
  expect(
    whyClause(
      'follows the readout the reports credit (not in this dossier) for 11 statements: no report of the dossier that is not later holds them',
    ),
  ).toBe('no report of the dossier that is not later holds them');
  // A copy's why says what the sentence before it has not: that the report is a copy. Kept whole.
  expect(
    whyClause('is a copy of IANS (in this dossier): 97% of its five-word runs are in it, and it is not earlier'),
  ).toBe('it is a copy of IANS (in this dossier): 97% of its five-word runs are in it, and it is not earlier');
  // A why of other words is left as it is, a colon in it too.
  expect(whyClause('It copies the readout’s opening: word for word.')).toBe(
    'It copies the readout’s opening: word for word',
  );
});
