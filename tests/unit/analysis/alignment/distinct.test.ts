/**
 * Telling one statement from another that shares its words, on made-up sentences: a thing called "separate",
 * "similar" or "different" (another.ts), a second counterpart in one report that adds nothing (redundant.ts), and
 * the noun a "counter-" noun acts against (lexicon.ts).
 */
import { describe, expect, test } from 'vitest';
import { relation, sameMeaning } from '../../../../src/lib/analysis/alignment/index.ts';
import { prepareContext } from '../../../../src/lib/analysis/alignment/prepare.ts';
import { withoutRedundantPartners } from '../../../../src/lib/analysis/alignment/redundant.ts';
import { PairScorer } from '../../../../src/lib/analysis/alignment/scoring.ts';
import { OTHER, doc } from '../../../helpers/alignment-fixtures.ts';

/** The score of the first sentence of report a with each sentence of report b (OTHER beside them). */
function scores(a: string, ...b: string[]): number[] {
  const context = prepareContext([doc('a', a, ...OTHER), doc('b', ...b, ...OTHER)]);
  const scorer = new PairScorer(context.terms, context.unit);
  const first = context.entries[0]!.prepared;
  return b.map((_, k) => scorer.score(first, context.entries[OTHER.length + 1 + k]!.prepared).score);
}

describe('another of its kind', () => {
  const signed = 'The two academies signed a memorandum on police training and joint courses.';
  test('"a separate memorandum", "similar memoranda": not the memorandum named', () => {
    const [same, separate, similar] = scores(
      signed,
      'The academies signed the memorandum on police training and joint courses.',
      'The academies signed a separate memorandum on police training and joint courses.',
      'The academies have signed similar memoranda on police training and joint courses.',
    );
    expect(same).toBeGreaterThan(0.42);
    expect(separate).toBe(0);
    expect(similar).toBe(0);
  });

  test('a marker both sentences use, or one far from the shared words, does not part them', () => {
    const [both] = scores(
      'The two academies signed a separate memorandum on police training and joint courses.',
      'The academies signed a separate memorandum on police training and joint courses.',
    );
    const [far] = scores(
      signed,
      'The academies signed the memorandum on police training and joint courses, in different cities.',
    );
    expect(both).toBeGreaterThan(0.42);
    expect(far).toBeGreaterThan(0.42);
  });
});

describe('a second counterpart in one report that adds nothing', () => {
  const issues = 'Terrorism, drug trafficking and money laundering were among the issues discussed at the talks.';
  const restated = 'Terrorism, drug trafficking and money laundering were some of the issues discussed at the talks.';
  const steps =
    'The two sides agreed to enable safe migration and to counter human trafficking, money laundering and the misuse of cyberspace.';

  function kept(a: readonly string[], b: readonly string[]): string[] {
    const context = prepareContext([doc('a', ...a), doc('b', ...b)]);
    const scorer = new PairScorer(context.terms, context.unit);
    const pairs = [];
    for (let j = a.length; j < context.entries.length; j++) {
      if (!OTHER.includes(context.entries[j]!.sentence.text)) pairs.push({ i: 0, j, score: 0.5 });
    }
    return withoutRedundantPartners(context, scorer, pairs, []).map(
      (p) => `${context.entries[p.i]!.sentence.id}>${context.entries[p.j]!.sentence.id}`,
    );
  }

  test('is dropped where another sentence of that report restates the statement whole', () => {
    // b: OTHER first, so that neither sentence is b's lede.
    expect(kept([issues, ...OTHER], [OTHER[0]!, restated, steps])).toEqual(['p1-s1>p2-s1']);
  });

  test('stays when it is the report’s lede, which sums up the statements its body restates', () => {
    expect(kept([issues, ...OTHER], [steps, restated, OTHER[0]!])).toEqual(['p1-s1>p1-s1', 'p1-s1>p2-s1']);
  });

  test('is dropped where all it adds is one word, even to a short sentence', () => {
    // The short sentence is the pledge, restated whole by b's p2 but for "sides"; p3 names the same ties as the
    // purpose of other steps, and "both sides" is all it adds (more than a tenth of so short a sentence's weight).
    const pledge =
      'By both the sides, the pledge to strengthen ties between the peoples of the two countries was renewed.';
    const b = [
      OTHER[0]!,
      'The two delegations renewed their pledge to strengthen ties between the peoples of the two countries.',
      'To strengthen ties between the peoples of the two countries, both sides agreed to take steps to enable safe ' +
        'migration and to counter human trafficking, money laundering and the misuse of cyberspace for crime.',
    ];
    expect(kept([pledge, ...OTHER], b)).toEqual(['p1-s1>p2-s1']);
  });

  test('stays when it adds a part of the statement: two sentences merged into one', () => {
    const merged = 'The leaders agreed to widen legal migration pathways and to target smugglers who exploit migrants.';
    const a = [merged, ...OTHER];
    const b = [
      OTHER[0]!,
      'The leaders agreed to widen legal migration pathways.',
      'They will also target smugglers who exploit vulnerable migrants.',
    ];
    expect(kept(a, b)).toEqual(['p1-s1>p2-s1', 'p1-s1>p3-s1']);
  });
});

describe('a counter- noun and the noun it acts against', () => {
  test('counterterrorism is a close neighbour of terrorism, never shown as the same meaning', () => {
    expect(relation('counterterrorism', 'terrorism')).toBe('related');
    expect(sameMeaning('counterterrorism', 'terrorism')).toBe(false);
  });

  test('a short rest is not read so: a counterpart is not against a part', () => {
    expect(relation('counterpart', 'part')).toBeNull();
  });
});
