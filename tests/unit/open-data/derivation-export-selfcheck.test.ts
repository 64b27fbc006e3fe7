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

describe('each reconstructed statement’s base and agreement', () => {
  const reading = (source: string, sentence: string, reworded: boolean) => ({
    source,
    sentences: [sentence],
    text: `${source} ${sentence}`,
    reworded,
  });
  const statement = (id: string, base: string, agreement: number | null, reworded: boolean) => ({
    id,
    text: `text of ${id}`,
    base,
    agreement,
    readings: [reading('a', `${id}-a`, reworded), reading('b', `${id}-b`, reworded)],
    apparatus: [],
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
        statements: [statement('s1', 'a', null, true), statement('s2', 'b', 0.8, false)],
        basis: ['credits' as const],
        seeds: ['a', 'b'],
      },
    ],
  };

  test('are the derivation’s, where no reconstruction is given: null agreement where every witness rewords', () => {
    const [s1, s2] = derivationExport(derivation).commonSources[0]!.reconstruction;
    expect([s1!.base, s1!.agreement]).toEqual(['a', null]);
    expect([s2!.base, s2!.agreement]).toEqual(['b', 0.8]);
  });

  test('are the reconstruction’s where it is given (it ranks the witnesses again)', () => {
    const rebuilt = {
      statements: [
        { text: 'rebuilt s1', base: 'b', agreement: null, apparatus: [], readings: [], single: false, given: 0 },
        { text: 'rebuilt s2', base: 'a', agreement: 0.5, apparatus: [], readings: [], single: false, given: 1 },
      ],
      ranking: [],
      onlyIn: [],
    };
    const out = derivationExport(derivation, { reconstructions: new Map([['readout-x', rebuilt]]) });
    const [s1, s2] = out.commonSources[0]!.reconstruction;
    expect([s1!.text, s1!.base, s1!.agreement]).toEqual(['rebuilt s1', 'b', null]);
    expect([s2!.text, s2!.base, s2!.agreement]).toEqual(['rebuilt s2', 'a', 0.5]);
  });
});
