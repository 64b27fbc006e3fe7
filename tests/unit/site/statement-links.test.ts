import { describe, expect, test } from 'vitest';
import { MATRIX_LIMIT } from '../../../src/lib/reuse.ts';
import {
  COUNTERPARTS_SHOWN,
  groupByWording,
  hasStatementPage,
  statementPath,
} from '../../../src/lib/site/statement-links.ts';

describe('statement pages', () => {
  test('the path names the report and the sentence anchor', () => {
    expect(statementPath('tfipost', 'p3-s2')).toBe('/statements/tfipost/p3-s2/');
  });

  test('a page where the source page’s list stops short, and in a small dossier where two other reports say it', () => {
    const large = MATRIX_LIMIT + 1;
    expect(hasStatementPage({ sentences: COUNTERPARTS_SHOWN, otherReports: 5 }, large)).toBe(false);
    expect(hasStatementPage({ sentences: COUNTERPARTS_SHOWN + 1, otherReports: 1 }, large)).toBe(true);
    expect(hasStatementPage({ sentences: 2, otherReports: 2 }, 5)).toBe(true);
    expect(hasStatementPage({ sentences: 2, otherReports: 1 }, 5)).toBe(false);
    expect(hasStatementPage({ sentences: 0, otherReports: 0 }, 5)).toBe(false);
  });

  test('counterparts with the same words are one group, groups in the order of their best', () => {
    const c = (source: string, score: number) => ({ source, sentence: 'p1-s1', kind: 'verbatim', score });
    const text: Record<string, string> = { a: 'Same.', b: 'Other.', c: 'Same.' };
    const groups = groupByWording([c('a', 0.9), c('b', 0.8), c('c', 0.7)], (x) => text[x.source]!);
    expect(groups.map((g) => [g.text, g.counterparts.map((x) => x.source)])).toEqual([
      ['Same.', ['a', 'c']],
      ['Other.', ['b']],
    ]);
  });
});
