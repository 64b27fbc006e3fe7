/**
 * What the synthetic reports of scripts/lib/bench.ts are made from in the tests (tests/unit/scripts/bench.test.ts,
 * scale-build.test.ts): the raw captures' lines as paragraphs, split into sentences on full stops (good enough
 * here), and a few real outlets, kinds and officials.
 */
import type { PoolReport } from '../../scripts/lib/bench.ts';
import { captures } from '../e2e/captures.ts';

export const pool: PoolReport[] = captures.map((c) => ({
  slug: c.slug,
  title: c.slug,
  paragraphs: c.lines.map((line) => line.split(/(?<=\.) (?=[A-Z])/)),
}));

export const vocabulary = {
  outlets: ['menafn', 'tfipost'],
  kinds: ['news', 'wire'] as const,
  officials: [
    { slug: 'ajay-bhalla', names: ['Ajay Bhalla', 'Bhalla'] },
    { slug: 'kristie-canegallo', names: ['Kristie Canegallo', 'Canegallo'] },
  ],
};
