/**
 * derivation.json (src/lib/open-data/derivation-export.ts): each reconstructed statement's base and agreement, the
 * self-check or why there is none, and nothing added where the extras are not given.
 */
import { describe, expect, test } from 'vitest';
import { derivationExport, selfCheckExport } from '../../../src/lib/open-data/derivation-export.ts';

const empty = { commonSources: [], edges: [], undetermined: [], reports: [] };

describe('derivationExport extras', () => {
  test('without extras, the shape is as before', () => {
    expect(Object.keys(derivationExport(empty)).sort()).toEqual(['commonSources', 'copyOf', 'edges']);
  });

  test('where no check is possible, the figures are null and the reason is given', () => {
    const out = derivationExport(empty, { selfCheck: { check: null, reason: 'no readout' } });
    expect(out.selfCheck).toEqual({
      readout: null,
      witnesses: [],
      foundByDerivation: null,
      recall: null,
      precision: null,
      missed: [],
      readoutSequences: null,
      reconstructionSequences: null,
      text: [],
      reason: 'no readout',
    });
  });

  test('a check gives its figures and its text', () => {
    const out = selfCheckExport({
      reason: null,
      check: {
        readout: 'r',
        witnesses: ['a', 'b'],
        independent: 2,
        found: true,
        recall: 0.5,
        precision: 0.75,
        missed: ['six seven'],
        referenceSequences: 4,
        candidateSequences: 4,
        shared: 2,
        statements: [],
      },
    });
    expect(out).toMatchObject({
      readout: 'r',
      foundByDerivation: true,
      recall: 0.5,
      precision: 0.75,
      missed: ['six seven'],
      reason: null,
    });
  });
});

describe('each reconstructed statement’s wording, base and agreement: the reconstruction’s, or none', () => {
  const reading = (source: string, sentence: string, reworded: boolean) => ({
    source,
    sentences: [sentence],
    reworded,
  });
  const statement = (id: string, reworded: boolean) => ({
    id,
    readings: [reading('a', `${id}-a`, reworded), reading('b', `${id}-b`, reworded)],
  });
  const derivation = {
    ...empty,
    commonSources: [
      {
        id: 'readout-x',
        label: 'the readout credited to X',
        attributions: [],
        witnesses: ['a', 'b'],
        // s1: every witness rewords it; s2: copied or edited.
        statements: [statement('s1', true), statement('s2', false)],
        basis: ['credits' as const],
        seeds: ['a', 'b'],
      },
    ],
  };
  const entry = {
    witnesses: ['b'],
    words: 'joint',
    type: 'lacks' as const,
    lemma: 'joint',
    after: null,
  };
  const rebuilt = (text: string, base: string, agreement: number | null, given: number) => ({
    text,
    base,
    agreement,
    apparatus: [entry],
    readings: [],
    single: false,
    given,
  });

  test('where no reconstruction is given, no statement has a wording: only its witnesses', () => {
    const [s1, s2] = derivationExport(derivation).commonSources[0]!.reconstruction;
    for (const s of [s1!, s2!]) {
      expect([s.kept, s.text, s.base, s.agreement, s.apparatus]).toEqual([false, null, null, null, []]);
    }
    expect(s2!.witnesses).toEqual([
      { source: 'a', sentence: 's2-a' },
      { source: 'b', sentence: 's2-b' },
    ]);
  });

  test('are the reconstruction’s where it is given (it ranks the witnesses again)', () => {
    const reconstruction = {
      statements: [rebuilt('rebuilt s1', 'b', null, 0), rebuilt('rebuilt s2', 'a', 0.5, 1)],
      ranking: [],
      onlyIn: [],
    };
    const out = derivationExport(derivation, { reconstructions: new Map([['readout-x', reconstruction]]) });
    const [s1, s2] = out.commonSources[0]!.reconstruction;
    expect([s1!.kept, s1!.text, s1!.base, s1!.agreement]).toEqual([true, 'rebuilt s1', 'b', null]);
    expect([s2!.kept, s2!.text, s2!.base, s2!.agreement]).toEqual([true, 'rebuilt s2', 'a', 0.5]);
    expect(s2!.apparatus).toEqual([entry]);
  });

  test('a statement the reconstruction leaves out says so, with no wording from anywhere else', () => {
    // The reconstruction keeps s2 only, and one statement a single witness keeps after it (given: null).
    const reconstruction = {
      statements: [
        rebuilt('rebuilt s2', 'a', 0.5, 1),
        {
          ...rebuilt('only a', 'a', null, 1),
          readings: [{ witness: 'a', sentences: ['p9'], reworded: false, text: 'only a' }],
          given: null,
        },
      ],
      ranking: [],
      onlyIn: [],
    };
    const out = derivationExport(derivation, { reconstructions: new Map([['readout-x', reconstruction]]) });
    const [s1, s2] = out.commonSources[0]!.reconstruction;
    expect([s1!.kept, s1!.text, s1!.base, s1!.agreement, s1!.apparatus]).toEqual([false, null, null, null, []]);
    expect(s1!.witnesses.map((w) => w.source)).toEqual(['a', 'b']);
    expect([s2!.kept, s2!.text]).toEqual([true, 'rebuilt s2']);
  });
});
