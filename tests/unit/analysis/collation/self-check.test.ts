/**
 * The self-check (src/lib/analysis/collation/self-check.ts, readout-check.ts, dossier.ts): four-word recall and
 * precision, counted by hand on short texts, and on the fixture dossier with its official readout dropped and
 * reconstructed from its followers' hand-labelled statements.
 */
import { describe, expect, test } from 'vitest';
import {
  type Rebuild,
  checkReadout,
  dossierSelfCheck,
  sequenceScore,
} from '../../../../src/lib/analysis/collation/index.ts';
import { fixture, fixtureCopies, fixtureCounterparts } from '../../../helpers/reconstruction-fixture.ts';
import { statementsFrom } from '../../../helpers/statements-from.ts';

describe('sequenceScore', () => {
  test('four-word sequences counted by hand', () => {
    // Reference: 7 words, 4 sequences. Candidate: its first 5 words and "two": 6 words, 3 sequences, 2 of them the
    // reference's ("one two three four", "two three four five"); "three four five two" is not.
    const score = sequenceScore('One two three four five six seven.', 'one two three four five two');
    expect(score.referenceSequences).toBe(4);
    expect(score.candidateSequences).toBe(3);
    expect(score.shared).toBe(2);
    expect(score.recall).toBe(0.5);
    expect(score.precision).toBe(0.667);
    expect(score.missed).toEqual(['six seven']);
  });

  test('spelling and case do not count as differences', () => {
    expect(sequenceScore('The Training Centre for customs.', 'the training center for Customs').recall).toBe(1);
  });

  test('an initialism with stops is the same word without them', () => {
    // "U.S. Department" and "US Department": a reader reads one word; counted apart, "u s" would share nothing.
    const score = sequenceScore(
      'talks in Washington D.C. with the U.S. Department',
      'talks in Washington DC with the US Department',
    );
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
  });
});

/**
 * The rebuild as the derivation gives it on a real dossier (src/lib/analysis/derivation/, rebuildFrom; tested there on
 * this fixture's texts), here from the fixture's hand-labelled statements, so that these tests read the check alone.
 */
const handRebuild: Rebuild = (ids) => {
  const witnesses = fixture.witnesses.filter((w) => ids.includes(w.id));
  const statements = statementsFrom(witnesses, fixtureCounterparts)
    .filter((st) => st.length >= 2)
    .map((st) => ({ readings: st.map((r) => ({ source: r.witness, sentences: r.sentences, reworded: r.reworded })) }));
  return { source: { witnesses: witnesses.map((w) => w.id), statements }, found: true };
};

describe('the dossier’s self-check', () => {
  const readout = { ...fixture.readout, primary: true };
  const docs = [readout, ...fixture.witnesses.map((w) => ({ ...w, primary: false }))];
  const followEdges = fixture.witnesses.map((w) => ({ from: readout.id, to: w.id, fromCommon: false }));

  test('checks the readout its followers restate, with the figures counted by hand', () => {
    const result = dossierSelfCheck(docs, followEdges, handRebuild, fixtureCopies);
    expect(result.reason).toBeNull();
    expect(result.check!.readout).toBe('readout');
    // 63 readout words give 60 sequences; the reconstruction's 53 words give 50, all 50 shared (see the fixture).
    const hand = fixture.expected.selfCheck;
    expect(result.check!.referenceSequences).toBe(hand.readoutSequences);
    expect(result.check!.candidateSequences).toBe(hand.reconstructionSequences);
    expect(result.check!.shared).toBe(hand.shared);
    expect(result.check!.recall).toBe(hand.recall);
    expect(result.check!.precision).toBe(hand.precision);
    expect(result.check!.missed).toEqual(hand.missed);
    expect(result.check!.found).toBe(true);
    // Five followers, four independent: the edited report's copy counts once with it.
    expect(result.check!.witnesses).toHaveLength(5);
    expect(result.check!.independent).toBe(4);
  });

  test('the readout is neither asked for nor among the readings', () => {
    const asked: string[][] = [];
    const result = dossierSelfCheck(
      docs,
      followEdges,
      (ids) => {
        asked.push([...ids]);
        return handRebuild(ids);
      },
      fixtureCopies,
    );
    expect(asked.flat()).not.toContain(fixture.readout.id);
    expect(result.check!.statements.flatMap((s) => s.readings.map((r) => r.witness))).not.toContain(fixture.readout.id);
  });

  test('the reconstruction is closer to the readout than any one follower read whole', () => {
    const { check } = dossierSelfCheck(docs, followEdges, handRebuild, fixtureCopies);
    const text = fixture.readout.sentences.map((s) => s.text).join(' ');
    for (const w of fixture.witnesses) {
      const alone = sequenceScore(text, w.sentences.map((s) => s.text).join(' '));
      expect(check!.recall + check!.precision).toBeGreaterThan(alone.recall + alone.precision);
    }
  });

  test('a copy of a follower follows through it', () => {
    const viaCopy = followEdges.filter((e) => e.to !== 'edited-copy');
    expect(dossierSelfCheck(docs, viaCopy, handRebuild, fixtureCopies).check!.witnesses).toContain('edited-copy');
  });

  test('where no check is possible, it says why', () => {
    expect(dossierSelfCheck(docs.slice(1), [], handRebuild).reason).toMatch(/no official readout/u);
    expect(dossierSelfCheck(docs, [], handRebuild).reason).toMatch(/no report .* follows/u);
    // The edited report and its copy are one independent follower.
    const one = followEdges.filter((e) => e.to === 'edited' || e.to === 'edited-copy');
    expect(dossierSelfCheck(docs, one, handRebuild, fixtureCopies).reason).toMatch(/only one independent/u);
    expect(
      checkReadout({ readout, followers: fixture.witnesses.filter((w) => w.id === 'close'), rebuild: handRebuild }),
    ).toBeNull();
  });

  test('followers from which nothing is rebuilt give no figures, and a reason', () => {
    const result = dossierSelfCheck(docs, followEdges, () => null, fixtureCopies);
    expect(result.check).toBeNull();
    expect(result.reason).toMatch(/share none of its statements with each other/u);
  });
});
