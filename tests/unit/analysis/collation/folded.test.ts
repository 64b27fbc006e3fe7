/**
 * A rewording that folds another statement in (src/lib/analysis/collation/folded.ts): a closing clause that says
 * what another statement of the text says is left out. Expected values come from reading the sentences.
 */
import { expect, test } from 'vitest';
import { withoutFoldedClause } from '../../../../src/lib/analysis/collation/folded.ts';

const PATROL = 'The two sides agreed to expand the joint patrol of the northern sea.';

test('an infinitive clause that restates another statement leaves, listed under the base', () => {
  const out = withoutFoldedClause(
    'The fisheries ministers led their delegations in Bergen to agree on expanding the joint northern sea patrol.',
    'wire',
    [PATROL, 'The next talks will be held in Oslo.'],
  );
  expect(out.text).toBe('The fisheries ministers led their delegations in Bergen.');
  expect(out.entry).toEqual({
    witnesses: ['wire'],
    words: 'to agree on expanding the joint northern sea patrol.',
    type: 'only',
    lemma: null,
    after: 'in Bergen',
  });
});

test('a clause after a comma that restates another statement leaves too', () => {
  const out = withoutFoldedClause('Ministers from both countries met in Bergen, expanding the joint sea patrol.', 'b', [
    PATROL,
  ]);
  expect(out.text).toBe('Ministers from both countries met in Bergen.');
});

test('a clause of its own, or one that would leave too little, stays', () => {
  // "to discuss quotas for cod and herring": no other statement speaks of quotas.
  const own = 'The ministers met in Bergen to discuss quotas for cod and herring.';
  expect(withoutFoldedClause(own, 'a', [PATROL])).toEqual({ text: own, entry: null });
  // Only three words would stay before the clause.
  const short = 'Ministers met, expanding the joint northern sea patrol.';
  expect(withoutFoldedClause(short, 'a', [PATROL])).toEqual({ text: short, entry: null });
});
