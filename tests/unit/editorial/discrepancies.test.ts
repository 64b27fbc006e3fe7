/** Which discrepancies concern how the reports name someone (src/lib/editorial/discrepancies.ts, namingDiscrepancies). */
import { expect, test } from 'vitest';
import type { Citation } from '../../../src/lib/editorial/citations.ts';
import { type Discrepancy, namingDiscrepancies } from '../../../src/lib/editorial/discrepancies.ts';
import type { DiscrepancyKind } from '../../../src/lib/content/vocabularies.ts';

const quoted = (quote: string) => ({ quote }) as Citation;
const discrepancy = (id: string, kind: DiscrepancyKind, quotes: string[][]): Discrepancy => ({
  id,
  title: id,
  kind,
  order: 1,
  summary: '',
  facts: [],
  readings: quotes.map((q, i) => ({ reading: `reading ${i}`, quotes: q.map(quoted) })),
});

test('a naming discrepancy one of whose quotes holds one of the names; not an account, not another person', () => {
  const all = [
    discrepancy('title', 'naming', [['Acting Deputy Secretary Kristie Canegallo'], ['Senior Official Performing']]),
    discrepancy('dates', 'account', [['Kristie Canegallo met Ajay Bhalla on Wednesday'], ['From February 27']]),
    discrepancy('academy', 'naming', [['National Police Academy'], ['Sardar Vallabhbhai Patel Academy']]),
    discrepancy('home-secretary', 'naming', [['home secretary Ajay Bhalla'], ['Union Home Secretary Bhalla']]),
  ];
  expect(namingDiscrepancies(all, ['Kristie Canegallo', 'Canegallo']).map((d) => d.id)).toEqual(['title']);
  expect(namingDiscrepancies(all, ['Ajay Bhalla', 'Bhalla']).map((d) => d.id)).toEqual(['home-secretary']);
  expect(namingDiscrepancies(all, ['Nobody'])).toEqual([]);
});
