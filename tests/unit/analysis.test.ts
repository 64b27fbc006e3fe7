import { expect, test } from 'vitest';
import { type AnalysisStep, analyse } from '../../src/lib/analysis.ts';

test('analyse runs its four steps in order through the hook the benchmark times them with, and returns the same', () => {
  const input = { sources: [], outlets: [], officials: [], topics: [] };
  const seen: AnalysisStep[] = [];
  const timed = analyse(input, (name, run) => {
    seen.push(name);
    return run();
  });
  expect(seen).toEqual(['dossier', 'coverage', 'reuse', 'alignment']);
  const plain = analyse(input);
  expect(timed.reuse).toEqual(plain.reuse);
  expect(timed.dossier.sources).toEqual(plain.dossier.sources);
  expect(timed.coverage.sources).toEqual(plain.coverage.sources);
  expect(timed.alignment.pairs).toEqual(plain.alignment.pairs);
});
