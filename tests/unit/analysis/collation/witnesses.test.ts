/**
 * Weighing the witnesses (src/lib/analysis/collation/witnesses.ts): a close copy outweighs a paraphrase, and copies of
 * one another are one witness.
 */
import { describe, expect, test } from 'vitest';
import { collate, groupOf, rankWitnesses } from '../../../../src/lib/analysis/collation/index.ts';

const reading = (witness: string, text: string, reworded = false) => ({ witness, text, reworded });

/** Two statements as a close copy, an edited report and a condensed paraphrase (not marked reworded) carry them. */
const STATEMENTS = [
  [
    reading('paraphrase', 'Patrols in the north will grow.'),
    reading('close', 'The two sides agreed to expand the joint fisheries patrol in the northern sea.'),
    reading('edited', 'Both sides agreed to expand their joint fisheries patrol in the northern sea.'),
  ],
  [
    reading('paraphrase', 'Coast guards will share information.'),
    reading('close', 'They reviewed progress on the exchange of information between coast guards.'),
    reading('edited', 'They reviewed progress on exchanging information between the coast guards.'),
  ],
];

describe('witnesses', () => {
  test('a close copy outweighs a paraphrase, and becomes the base though the paraphrase is shorter', () => {
    const ranking = rankWitnesses(STATEMENTS);
    const order = ranking.map((r) => r.witness);
    expect(order.indexOf('close')).toBeLessThan(order.indexOf('paraphrase'));
    expect(order.indexOf('edited')).toBeLessThan(order.indexOf('paraphrase'));
    expect(collate(STATEMENTS[0]!, { rank: order }).base).not.toBe('paraphrase');
  });

  test('a rewording keeps nothing closely', () => {
    const ranking = rankWitnesses([[reading('a', 'The ministers met.', true), reading('b', 'The ministers met.')]]);
    expect(ranking.find((r) => r.witness === 'a')!.score).toBe(0);
  });

  test('copies of one another are one witness: a copy of a copy is the original’s, and the original ranks first', () => {
    const copyOf = new Map([
      ['copy', 'wire'],
      ['copy-of-copy', 'copy'],
    ]);
    expect(groupOf('copy-of-copy', copyOf)).toBe('wire');
    expect(groupOf('wire', copyOf)).toBe('wire');
    const text = 'The two sides agreed to expand the joint fisheries patrol in the northern sea.';
    const ranking = rankWitnesses(
      [[reading('copy', text), reading('wire', text), reading('other', text.replace('joint ', ''))]],
      copyOf,
    );
    // The copy and its original score alike (each is compared with "other" only): the original comes first.
    const order = ranking.map((r) => r.witness);
    expect(order.indexOf('wire')).toBeLessThan(order.indexOf('copy'));
  });
});
