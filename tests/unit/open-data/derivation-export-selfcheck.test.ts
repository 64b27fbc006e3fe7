/**
 * derivation.json's additions from the reconstruction (src/lib/open-data/derivation-export.ts): the self-check, or why there is
 * none, and nothing added where the extras are not given.
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
