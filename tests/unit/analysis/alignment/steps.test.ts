/**
 * The steps of statement alignment on made-up sentences: pair scoring (its evidence does not depend on the pair
 * scored before), compounds, a different agreement, the gap between two aligned pairs, and runs that must not pull a
 * neighbour in.
 */
import { describe, expect, test } from 'vitest';
import { alignStatements, isCompound, statementOf } from '../../../../src/lib/analysis/alignment/index.ts';
import { prepareContext } from '../../../../src/lib/analysis/alignment/prepare.ts';
import { oneRunPerReport, withoutNeighboursOfRuns } from '../../../../src/lib/analysis/alignment/runs.ts';
import { throughThirdReports } from '../../../../src/lib/analysis/alignment/order.ts';
import { RawScores } from '../../../../src/lib/analysis/alignment/raw-scores.ts';
import { PairScorer } from '../../../../src/lib/analysis/alignment/scoring.ts';
import { OTHER, doc, readouts } from '../../../helpers/alignment-fixtures.ts';

describe('pair scoring', () => {
  test('the evidence of a pair is the same whatever pair was scored before', () => {
    const context = prepareContext([
      doc('a', 'Smugglers who prey on vulnerable migrants will be targeted by law enforcement.', ...OTHER),
      doc('b', 'Law enforcement will target smugglers who exploit vulnerable migrants.', OTHER[0]!),
    ]);
    const [x, , , , , y, z] = context.entries.map((e) => e.prepared);
    const fresh = new PairScorer(context.terms, context.unit).evidence(x!, y!);
    const used = new PairScorer(context.terms, context.unit);
    used.score(z!, x!);
    used.evidence(y!, z!);
    expect(used.evidence(x!, y!)).toEqual(fresh);
    expect(fresh.ab.shared).toEqual(expect.arrayContaining(['smugglers', 'vulnerable', 'migrants']));
    // From b's side: b's words, in b's order.
    expect(fresh.ba.shared[0]).toBe('law');
  });

  test('words of a WordNet compound are matched by stem only', () => {
    expect(isCompound('homeland', 'security')).toBe(true);
    expect(isCompound('drug', 'traffickers')).toBe(true);
    expect(isCompound('security', 'dialogue')).toBe(false);
    const s = statementOf('The Homeland Security Dialogue met in the homeland of one of the two countries.');
    expect(s.byMeaning[s.words.indexOf('homeland')]).toBe(false);
    expect(s.byMeaning[s.words.indexOf('countries')]).toBe(true);
  });
});

describe('alignStatements: what must not align', () => {
  test('two sentences about different agreements that share most of their words', () => {
    // In a dossier on the dialogue (the two readouts), "memorandum", "cooperation" and "signed" are common words.
    const base = readouts();
    const training =
      'The leaders signed a Memorandum of Cooperation on law enforcement training between the two countries.';
    const cyber = 'The leaders signed a Memorandum of Cooperation on cyber security between the two countries.';
    const result = alignStatements([
      { id: 'dhs', sentences: base.dhs },
      { id: 'ians', sentences: base.ians },
      doc('story-a', training),
      doc('story-b', cyber),
    ]);
    expect(result.counterparts.get('story-a#p1-s1')?.map((c) => c.source)).toContain('ians');
    expect(result.counterparts.get('story-b#p1-s1')?.map((c) => c.source) ?? []).not.toContain('story-a');
  });

  test('a sentence between two aligned pairs that shares nothing with its opposite is not pulled in', () => {
    const readout = [
      'The ministers agreed to cut the quota for cod by a fifth from next spring.',
      'A joint committee will monitor catches and report to both governments every six months.',
      'The next meeting will be held in Reykjavik in the autumn.',
    ];
    const result = alignStatements([
      doc('readout', readout[0]!, readout[1]!, readout[2]!),
      doc('story', readout[0]!, 'Fishermen protested outside the ministry on Wednesday.', readout[2]!),
      doc('other', ...OTHER),
    ]);
    expect(result.counterparts.get('story#p2-s1')).toBeUndefined();
  });

  test('a gap between two aligned pairs is filled by a sentence that shares some weight with its opposite', () => {
    const result = alignStatements([
      doc(
        'readout',
        'The ministers agreed to cut the quota for cod by a fifth from next spring.',
        'A joint committee of scientists will monitor catches of cod and haddock in the northern waters.',
        'The next meeting will be held in Reykjavik in the autumn.',
      ),
      doc(
        'story',
        'The ministers agreed to cut the quota for cod by a fifth from next spring.',
        'Scientists will watch what boats bring in from the northern fishing grounds.',
        'The next meeting will be held in Reykjavik in the autumn.',
      ),
      doc('other', ...OTHER),
    ]);
    expect(result.counterparts.get('story#p2-s1')?.map((c) => c.sentence)).toEqual(['p2-s1']);
  });
});

describe('runs', () => {
  test('a neighbour that shares only a word with the split sentence stays out of its group', () => {
    const result = alignStatements([
      doc(
        'readout',
        'The ministers agreed to cut the quota for cod by a fifth from next spring, and a joint committee will ' +
          'monitor the catches and report to both governments every six months.',
        ...OTHER,
      ),
      doc(
        'story',
        'Cod quotas will be cut by a fifth from next spring, the ministers agreed.',
        'A joint committee is to monitor catches and report to the two governments every six months.',
        'The ministers later toured a fish market in the harbour.',
      ),
    ]);
    expect(result.groups.map((g) => g.run.map((r) => r.sentence))).toEqual([['p1-s1', 'p2-s1']]);
    expect(result.counterparts.get('story#p3-s1')).toBeUndefined();
  });
});

describe('one statement, one run in each report', () => {
  test('of two runs of one sentence in one report that share a sentence, the better is kept, and one that extends it', () => {
    const context = prepareContext([
      doc('story', 'One.'),
      doc('other', 'Two.', 'Three.', 'Four.', 'Five.'),
      doc('third', 'Six.', 'Seven.'),
    ]);
    const run = (one: number, members: number[], score: number) => ({
      one,
      run: members,
      score,
      cover: 0.5,
      coverRun: 0.5,
      weakest: 0.3,
    });
    const kept = oneRunPerReport(context, [
      run(0, [2, 3], 0.71), // the statement's two parts
      run(0, [3, 4], 0.67), // the second part and the next sentence, which shares a word or two
      run(0, [1, 2, 3], 0.6), // the two parts and the sentence before: extends the best
      run(0, [5, 6], 0.5), // another report
      run(1, [5, 6], 0.45), // another sentence
    ]);
    expect(kept.map((r) => `${r.one}:${r.run.join('+')}`).sort()).toEqual(['0:1+2+3', '0:2+3', '0:5+6', '1:5+6']);
  });
});

describe('a run is its report’s restatement of a sentence', () => {
  test('a sentence outside the run pairs with it by its own score, not by the bonus of its neighbour', () => {
    const context = prepareContext([doc('story', 'One.'), doc('other', 'Two.', 'Three.', 'Four.', 'Five.')]);
    const scores = RawScores.of(
      5,
      [1, 2, 3, 4].map((j) => [0, j, { score: j === 4 ? 0.45 : 0.34, precision: 0.3, recall: 0.3 }] as const),
    );
    const found = [1, 2, 3, 4].map((j) => ({ i: 0, j, score: 0.44 }));
    const run = { one: 0, run: [1, 2], score: 0.7, cover: 0.6, coverRun: 0.5, weakest: 0.34 };
    // 1 and 2 make the run; 3 came in by the bonus alone (0.34 + 0.1); 4 scores 0.45 on its own.
    expect(withoutNeighboursOfRuns(context, found, scores, [run], 0.42).map((p) => p.j)).toEqual([1, 2, 4]);
    // Without a run in that report, the bonus stands.
    expect(withoutNeighboursOfRuns(context, found, scores, [], 0.42).map((p) => p.j)).toEqual([1, 2, 3, 4]);
  });
});

describe('counterparts through a third report', () => {
  test('two sentences that each restate one sentence of a third report pair at a lower score, over two rounds', () => {
    // Entries: 0 readout; 1 first story; 2 second story; 3, 4 third story.
    const context = prepareContext([
      doc('readout', 'One.'),
      doc('first', 'Two.'),
      doc('second', 'Three.'),
      doc('third', 'Four.', 'Five.'),
    ]);
    const scored = (score: number) => ({ score, precision: 0.4, recall: 0.4 });
    const scores = RawScores.of(5, [
      [0, 1, scored(0.8)],
      [0, 2, scored(0.34)],
      [0, 4, scored(0.35)],
      [1, 2, scored(0.36)],
      [1, 3, scored(0.5)],
      [2, 4, scored(0.2)],
    ]);
    // Only readout ~ first found, and first ~ second under the floor: second is tied to neither through the other.
    const weak = RawScores.of(5, [
      [0, 1, scored(0.8)],
      [0, 2, scored(0.34)],
      [0, 4, scored(0.35)],
      [1, 2, scored(0.25)],
      [1, 3, scored(0.5)],
      [2, 4, scored(0.2)],
    ]);
    expect(throughThirdReports(context, weak, [{ i: 0, j: 1, score: 0.8 }])).toEqual([]);
    // Only readout ~ first found, but first ~ second at the floor: the three sentences each pair at the floor and one
    // pair is found, so readout ~ second pairs through first (0.34 + the bonus) and first ~ second through the
    // readout (0.36 + the bonus); readout ~ 4 does not (4 pairs with nothing else at the floor).
    const added = throughThirdReports(context, scores, [{ i: 0, j: 1, score: 0.8 }]);
    expect(added.map((p) => `${p.i}-${p.j}:${p.score.toFixed(2)}`)).toEqual(['0-2:0.44', '1-2:0.46']);
    // With first ~ second found too, readout ~ second pairs through first (0.34 + the bonus); readout ~ 4 does not
    // (4 has no counterpart), nor second ~ 4 (0.2 stays below the threshold with the bonus).
    const more = throughThirdReports(context, scores, [
      { i: 0, j: 1, score: 0.8 },
      { i: 1, j: 2, score: 0.5 },
    ]);
    expect(more.map((p) => `${p.i}-${p.j}:${p.score.toFixed(2)}`)).toEqual(['0-2:0.44']);
  });
});
