import { describe, expect, test } from 'vitest';
import { goalLines, sizeFigures, sizeLines } from '../../scripts/lib/bench-budget.ts';

describe('the benchmark’s bounds and goals', () => {
  test('each goal is printed with its figure, and says whether it holds', () => {
    expect(goalLines({ ratio: 1.52, analysisColdMs: 2400, peakBytes: 1024 ** 3, growthExponent: null })).toEqual([
      'goal build ratio: 1.52 × (goal at most 1.40 ×) NOT MET',
      'goal analysis, cold: 2.40 s (goal at most 2.50 s) holds',
      'goal peak memory: 1.00 GiB (goal at most 1.50 GiB) holds',
      'goal analysis growth: not measured',
    ]);
  });

  test('the largest page and file of a site, and the bounds it breaks', () => {
    const big = new Uint8Array(17 * 1024 * 1024);
    const files = new Map<string, Uint8Array>([
      ['index.html', new TextEncoder().encode('<p>home</p>')],
      ['a/index.html', new TextEncoder().encode(`<p>${'word '.repeat(50)}</p>`)],
      ['data/all.json', big],
    ]);
    const figures = sizeFigures(files);
    expect(figures.pages).toBe(2);
    expect(figures.largestPage?.page).toBe('a/index.html');
    expect(figures.largestDataFile).toEqual({ path: 'data/all.json', bytes: big.byteLength });
    expect(figures.largestFile?.path).toBe('data/all.json');
    expect(figures.searchFirstAnswerBytes).toBeNull();
    expect(figures.problems).toEqual(['data/all.json is 17.0 MiB, over the 16 MiB budget']);
    expect(sizeLines(figures).at(-1)).toBe(
      'size bounds broken:\n  - data/all.json is 17.0 MiB, over the 16 MiB budget',
    );
  });
});
