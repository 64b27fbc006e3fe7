import { expect, test } from 'vitest';
import { type AnalysisStep, analyse } from '../../../src/lib/analysis/index.ts';

test('analyse runs its five steps in order through the hook the benchmark times them with, and returns the same', () => {
  const input = { sources: [], outlets: [], officials: [], topics: [] };
  const seen: AnalysisStep[] = [];
  const timed = analyse(input, (name, run) => {
    seen.push(name);
    return run();
  });
  expect(seen).toEqual(['dossier', 'coverage', 'reuse', 'alignment', 'derivation']);
  const plain = analyse(input);
  expect(timed.reuse).toEqual(plain.reuse);
  expect(timed.dossier.sources).toEqual(plain.dossier.sources);
  expect(timed.coverage.sources).toEqual(plain.coverage.sources);
  expect(timed.alignment.pairs).toEqual(plain.alignment.pairs);
  expect(timed.derivation).toEqual(plain.derivation);
});
