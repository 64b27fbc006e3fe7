/**
 * The self-check's rebuild (src/lib/analysis/derivation/index.ts, rebuildFrom; rebuild.ts): an official readout the
 * dossier holds, rebuilt from its followers alone by the derivation itself, with the real alignment of the
 * hand-labelled fisheries fixture (tests/fixtures/reconstruction/fisheries.json), whose reconstruction and self-check
 * figures were counted by hand before any code ran on it.
 */
import { describe, expect, test } from 'vitest';
import { type Alignment, alignStatements } from '../../../../src/lib/analysis/alignment/index.ts';
import { commonReconstruction, dossierSelfCheck, sequenceScore } from '../../../../src/lib/analysis/collation/index.ts';
import {
  type DerivationDocument,
  alignmentAmong,
  derive,
  rebuildFrom,
} from '../../../../src/lib/analysis/derivation/index.ts';
import { toPartialDate } from '../../../../src/lib/content/dates.ts';
import { fixture, fixtureCopies } from '../../../helpers/reconstruction-fixture.ts';

const date = toPartialDate('2024-03-05');
const asDocument = (w: (typeof fixture)['witnesses'][number], kind = 'news'): DerivationDocument => ({
  ...w,
  date,
  kind,
  names: [w.id],
});
/** The fixture's copy, as the reuse containment finds it: the edited report's copy is wholly in it. */
const options = { containment: (from: string, to: string) => (fixtureCopies.get(from) === to ? 1 : 0) };
const byId = (docs: readonly DerivationDocument[]) => new Map(docs.map((d) => [d.id, d]));
const textOf = (docs: readonly DerivationDocument[], rebuilt: NonNullable<ReturnType<typeof rebuildFrom>>) =>
  commonReconstruction(rebuilt.source.witnesses, rebuilt.source.statements, byId(docs), fixtureCopies).statements;

describe('alignmentAmong', () => {
  test('keeps the pairs among the reports given, and no counterpart outside them', () => {
    const docs = ['a', 'b', 'c'].map((id) => ({
      id,
      sentences: [{ id: 's1', text: 'The two sides agreed to expand the joint fisheries patrol in the northern sea.' }],
    }));
    const among = alignmentAmong(
      alignStatements(docs),
      docs.filter((d) => d.id !== 'b'),
    );
    expect(among.pairs.map((p) => [p.a.source, p.b.source])).toEqual([['a', 'c']]);
    expect([...among.counterparts.keys()].sort()).toEqual(['a#s1', 'c#s1']);
    expect(among.counterparts.get('a#s1')!.map((cp) => cp.source)).toEqual(['c']);
    expect([...among.sentenceCounts.keys()].sort()).toEqual(['a', 'c']);
  });
});

describe('the fixture’s readout, rebuilt from its followers', () => {
  const readout = asDocument(fixture.readout, 'official-readout');
  const followers = fixture.witnesses.map((w) => asDocument(w));
  const alignment: Alignment = alignStatements([readout, ...followers]);

  test('with no credit to tell it a text is absent, the followers are taken as its witnesses', () => {
    // Read alone, the close copy holds all the others share: the derivation would take it for their source, and
    // find no common source. The self-check then rebuilds with the followers as witnesses, and says so.
    const rebuilt = rebuildFrom(followers, alignment, options)!;
    expect(rebuilt.found).toBe(false);
    expect(rebuilt.source.witnesses).not.toContain('readout');
    expect(rebuilt.source.witnesses).not.toContain('edited-copy');
    const statements = textOf(followers, rebuilt);
    expect(statements.map((s) => ({ text: s.text, base: s.base, single: s.single }))).toEqual(
      fixture.expected.statements,
    );
  });

  test('the self-check’s figures are those counted by hand', () => {
    const docs = [readout, ...followers].map((d) => ({ ...d, primary: d.kind === 'official-readout' }));
    const edges = followers.map((f) => ({ from: 'readout', to: f.id, fromCommon: false }));
    const rebuild = (ids: readonly string[]) =>
      rebuildFrom(
        followers.filter((f) => ids.includes(f.id)),
        alignment,
        options,
      );
    const { check, reason } = dossierSelfCheck(docs, edges, rebuild, fixtureCopies);
    expect(reason).toBeNull();
    const hand = fixture.expected.selfCheck;
    expect([check!.referenceSequences, check!.candidateSequences, check!.shared]).toEqual([
      hand.readoutSequences,
      hand.reconstructionSequences,
      hand.shared,
    ]);
    expect([check!.recall, check!.precision]).toEqual([hand.recall, hand.precision]);
    expect(check!.missed).toEqual(hand.missed);
  });
});

describe('followers that credit the readout', () => {
  // The same dossier, where two followers credit the ministry that issued the readout, and the close copy and the
  // edited report's copy come a day later (so that no follower can be the others' source). With the readout in the
  // dossier, the credit names it; rebuilt as if it were absent, the credit names a text the dossier lacks, and the
  // derivation finds it as a common source by itself, as it would on a dossier without it.
  const credited: Record<string, string> = {
    'edited#d2':
      'They also reviewed progress on the exchange of information between the coast guards, the Fisheries Ministry said.',
    'other#o2':
      'They reviewed progress on exchanging information between the coast guards, according to the Fisheries Ministry.',
  };
  const withCredits = (w: (typeof fixture)['witnesses'][number]) => ({
    ...w,
    sentences: w.sentences.map((s) => ({ ...s, text: credited[`${w.id}#${s.id}`] ?? s.text })),
  });
  const readout = { ...asDocument(fixture.readout, 'official-readout'), names: ['Fisheries Ministry'] };
  const later = new Set(['close', 'edited-copy']);
  const followers = fixture.witnesses
    .map((w) => ({ ...asDocument(withCredits(w)), ...(later.has(w.id) ? { date: toPartialDate('2024-03-06') } : {}) }))
    .sort((a, b) => a.date.iso.localeCompare(b.date.iso));
  const alignment = alignStatements([readout, ...followers]);

  test('is found as a common source, and its text is what the reconstruction page would show without the readout', () => {
    const rebuilt = rebuildFrom(followers, alignment, options)!;
    expect(rebuilt.found).toBe(true);
    // The page: the dossier without the readout, its derivation, and the common source's reconstruction.
    const without = derive(followers, alignStatements(followers), options);
    expect(without.commonSources).toHaveLength(1);
    const page = without.commonSources[0]!;
    expect(rebuilt.source.witnesses).toEqual(page.witnesses);
    const shown = commonReconstruction(page.witnesses, page.statements, byId(followers), fixtureCopies).statements;
    expect(textOf(followers, rebuilt).map((s) => s.text)).toEqual(shown.map((s) => s.text));
    // And the credits are no part of it: the statements counted by hand.
    expect(shown.map((s) => s.text)).toEqual(fixture.expected.statements.map((s) => s.text));
  });

  test('the followers rebuild the readout better than any one of them read whole', () => {
    const rebuilt = rebuildFrom(followers, alignment, options)!;
    const text = fixture.readout.sentences.map((s) => s.text).join(' ');
    const score = sequenceScore(
      text,
      textOf(followers, rebuilt)
        .map((s) => s.text)
        .join(' '),
    );
    for (const f of followers) {
      const alone = sequenceScore(text, f.sentences.map((s) => s.text).join(' '));
      expect(score.recall + score.precision).toBeGreaterThan(alone.recall + alone.precision);
    }
  });
});
