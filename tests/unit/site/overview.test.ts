import { expect, test } from 'vitest';
import { OVERVIEW_REPORTS, overviewReports } from '../../../src/lib/site/overview.ts';

const reports = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);

test('a dossier of up to twenty-six reports is listed whole on the overview', () => {
  expect(OVERVIEW_REPORTS).toBe(25);
  expect(overviewReports(reports(5))).toEqual({ named: reports(5), more: 0 });
  // One more than the bound: naming it costs less than "and 1 more".
  expect(overviewReports(reports(26))).toEqual({ named: reports(26), more: 0 });
});

test('a larger one by its first twenty-five, in order, the others counted', () => {
  expect(overviewReports(reports(27))).toEqual({ named: reports(25), more: 2 });
  const large = overviewReports(reports(1005));
  expect(large.named).toEqual(reports(25));
  expect(large.more).toBe(980);
});
