/**
 * The self-check (src/lib/analysis/collation/self-check.ts): four-word recall and precision, counted by hand on short
 * texts, and on the fixture dossier with its official readout dropped and reconstructed from its followers.
 */
import { describe, expect, test } from 'vitest';
import {
  checkReadout,
  dossierSelfCheck,
  reconstruct,
  sequenceScore,
  statementsFrom,
} from '../../../../src/lib/analysis/collation/index.ts';
import { fixture, fixtureCopies, fixtureCounterparts } from '../../../helpers/reconstruction-fixture.ts';

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

describe('self-check on the fixture dossier', () => {
  // The readout is dropped: it is no witness, and its counterparts are not read (statementsFrom keeps pairs between
  // witnesses only).
  const witnesses = fixture.witnesses.filter((w) => w.id !== fixture.readout.id);
  const rebuilt = reconstruct({
    witnesses,
    statements: statementsFrom(witnesses, fixtureCounterparts),
    copyOf: fixtureCopies,
  });
  const readout = fixture.readout.sentences.map((s) => s.text).join(' ');
  const text = rebuilt.statements.map((s) => s.text).join(' ');
  const score = sequenceScore(readout, text);
  const hand = fixture.expected.selfCheck;

  test('the readout is not among the readings', () => {
    expect(rebuilt.statements.flatMap((s) => s.readings.map((r) => r.witness))).not.toContain(fixture.readout.id);
  });

  test('recall, precision and the missed words, as counted by hand', () => {
    // 63 readout words give 60 sequences; the reconstruction's 54 words give 51; 47 are shared (see the fixture).
    expect(score.referenceSequences).toBe(hand.readoutSequences);
    expect(score.candidateSequences).toBe(hand.reconstructionSequences);
    expect(score.shared).toBe(hand.shared);
    expect(score.recall).toBe(hand.recall);
    expect(score.precision).toBe(hand.precision);
    expect(score.missed).toEqual(hand.missed);
  });

  test('the reconstruction is closer to the readout than any one follower read whole', () => {
    for (const w of witnesses) {
      const alone = sequenceScore(readout, w.sentences.map((s) => s.text).join(' '));
      expect(score.recall + score.precision).toBeGreaterThan(alone.recall + alone.precision);
    }
  });
});

describe('the dossier’s self-check', () => {
  const readout = { ...fixture.readout, primary: true };
  const docs = [readout, ...fixture.witnesses.map((w) => ({ ...w, primary: false }))];
  const followEdges = fixture.witnesses.map((w) => ({ from: readout.id, to: w.id, fromCommon: false }));

  test('checks the readout its followers restate, with the figures counted by hand', () => {
    const result = dossierSelfCheck(docs, followEdges, fixtureCounterparts, fixtureCopies);
    expect(result.reason).toBeNull();
    expect(result.check!.readout).toBe('readout');
    expect(result.check!.recall).toBe(fixture.expected.selfCheck.recall);
    expect(result.check!.precision).toBe(fixture.expected.selfCheck.precision);
    // Five followers, four independent: the edited report's copy counts once with it.
    expect(result.check!.witnesses).toHaveLength(5);
    expect(result.check!.independent).toBe(4);
  });

  test('a copy of a follower follows through it', () => {
    const viaCopy = followEdges.filter((e) => e.to !== 'edited-copy');
    expect(dossierSelfCheck(docs, viaCopy, fixtureCounterparts, fixtureCopies).check!.witnesses).toContain(
      'edited-copy',
    );
  });

  test('where no check is possible, it says why', () => {
    expect(dossierSelfCheck(docs.slice(1), [], fixtureCounterparts).reason).toMatch(/no official readout/u);
    expect(dossierSelfCheck(docs, [], fixtureCounterparts).reason).toMatch(/no report .* follows/u);
    // The edited report and its copy are one independent follower.
    const one = followEdges.filter((e) => e.to === 'edited' || e.to === 'edited-copy');
    expect(dossierSelfCheck(docs, one, fixtureCounterparts, fixtureCopies).reason).toMatch(/only one independent/u);
    expect(
      checkReadout({
        readout,
        followers: fixture.witnesses.filter((w) => w.id === 'close'),
        counterpartsOf: fixtureCounterparts,
      }),
    ).toBeNull();
  });
});

describe('dossierSelfCheck when the followers share nothing', () => {
  test('two followers of a readout with no sentence in common rebuild nothing: no figures, a reason', () => {
    // Each follower restates a different sentence of the readout, and the alignment pairs no sentence of one with
    // a sentence of the other: no statement has two witnesses.
    const docs = [
      { id: 'r', primary: true, sentences: [{ id: 'p1-s1', text: 'The two sides met in Delhi on Monday.' }] },
      { id: 'a', primary: false, sentences: [{ id: 'p1-s1', text: 'Officials met in the capital this week.' }] },
      { id: 'b', primary: false, sentences: [{ id: 'p1-s1', text: 'A cricket match was also played there.' }] },
    ];
    const edges = [
      { from: 'r', to: 'a', fromCommon: false },
      { from: 'r', to: 'b', fromCommon: false },
    ];
    const result = dossierSelfCheck(docs, edges, () => []);
    expect(result.check).toBeNull();
    expect(result.reason).toMatch(/share none of its statements with each other/u);
  });
});

test('the rebuilt text follows the best witness’s order, not where its lede mentions a statement', () => {
  // x copies the readout in its order, after a lede that mentions the next talks; y edits it in the same order. The
  // lede pairs loosely with the next talks, which must still come last, as in both followers' bodies.
  const doc = (id: string, texts: string[]) => ({
    id,
    sentences: texts.map((text, i) => ({ id: `${id}${i + 1}`, text })),
  });
  const readout = doc('r', [
    'The ministers met in Bergen on Monday.',
    'They agreed to expand the joint patrol of the northern sea.',
    'The next talks will be held in Oslo.',
  ]);
  const x = doc('x', [
    'Patrols were the main subject as ministers gathered, with talks in Oslo to follow.',
    'The ministers met in Bergen on Monday.',
    'They agreed to expand the joint patrol of the northern sea.',
    'The next talks will be held in Oslo.',
  ]);
  const y = doc('y', [
    'Ministers met in Bergen on Monday.',
    'They agreed to expand the joint patrol of the northern sea at once.',
    'The next round of talks will be held in Oslo.',
  ]);
  const pairs: [string, string, string][] = [
    ['x2', 'y1', 'edited'],
    ['x3', 'y2', 'edited'],
    ['x4', 'y3', 'edited'],
    ['x1', 'y3', 'reworded'],
  ];
  const counterpartsOf = (witness: string, sentence: string) =>
    pairs.flatMap(([a, b, kind]) => {
      if (witness !== sentence[0]) return [];
      const me = sentence;
      if (me === a) return [{ source: b[0]!, sentence: b, kind }];
      if (me === b) return [{ source: a[0]!, sentence: a, kind }];
      return [];
    });
  const check = checkReadout({ readout, followers: [x, y], counterpartsOf })!;
  expect(check.statements.map((s) => s.text)).toEqual([
    'The ministers met in Bergen on Monday.',
    'They agreed to expand the joint patrol of the northern sea.',
    'The next talks will be held in Oslo.',
  ]);
});
