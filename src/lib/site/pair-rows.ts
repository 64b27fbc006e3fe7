/**
 * The rows of a side-by-side page as a reader meets them: a long run of sentences that only one of the two reports
 * has ("Only in X." row after row) becomes one row that says how many, and opens to show them.
 *
 * Pure TypeScript; no astro:* import.
 */

/** A side-by-side row, as far as this needs: a's sentence (or null) and b's sentences beside it. */
export interface PairRowLike {
  a: string | null;
  b: readonly unknown[];
}

/** Which report alone has the row: `a` (a's sentence with nothing beside it), `b` (b's sentence alone), or neither. */
export function onlyIn(row: PairRowLike): 'a' | 'b' | null {
  if (row.a === null) return 'b';
  return row.b.length === 0 ? 'a' : null;
}

export type PairItem<R> = { kind: 'row'; row: R } | { kind: 'only'; side: 'a' | 'b'; rows: R[] };

/** Runs of at least `min` consecutive rows only one report has, each as one item; every other row as itself. */
export function groupOnlyRuns<R extends PairRowLike>(rows: readonly R[], min = 3): PairItem<R>[] {
  const items: PairItem<R>[] = [];
  let i = 0;
  while (i < rows.length) {
    const side = onlyIn(rows[i]!);
    let j = i;
    if (side !== null) while (j < rows.length && onlyIn(rows[j]!) === side) j++;
    if (side !== null && j - i >= min) {
      items.push({ kind: 'only', side, rows: rows.slice(i, j) });
      i = j;
    } else {
      items.push({ kind: 'row', row: rows[i]! });
      i++;
    }
  }
  return items;
}
