/**
 * Numbers, and lists of names, as the pages write them, in one place so that every page writes them alike.
 */

/** A share as a percentage with one decimal: 0.4567 -> "45.7%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

const grouped = new Intl.NumberFormat('en');

/** A count in figures, thousands grouped: 99119 -> "99,119". One formatter for every call (pages write thousands). */
export function figure(count: number): string {
  return Math.abs(count) < 1000 ? String(count) : grouped.format(count);
}

/**
 * A count with its noun, plural with "s" unless the count is one, thousands grouped as running text writes them:
 * (1, 'sentence') -> "1 sentence", (20622, 'pair') -> "20,622 pairs".
 */
export function plural(count: number, noun: string): string {
  return `${figure(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A count with the verb that agrees with it, singular only for one: (1, 'is', 'are') -> "1 is", (0, 'is', 'are') ->
 * "0 are".
 */
export function countWith(count: number, singular: string, plural: string): string {
  return `${figure(count)} ${count === 1 ? singular : plural}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A whole number from zero to ten in words ("five"), any other in figures, thousands grouped ("1,005"): the usage of running text. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? figure(n);
}

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B and C": names in a sentence. */
export function listOf(items: readonly string[]): string {
  return LIST.format(items);
}

/**
 * The first `named` items of a list to name, and how many more there are to count ("A, B, C, D, E and 37 others"):
 * naming all but one would say "and 1 other" where the name fits, so then all are named.
 */
export function namedFirst<T>(items: readonly T[], named: number): { named: T[]; more: number } {
  if (items.length <= named + 1) return { named: [...items], more: 0 };
  return { named: items.slice(0, named), more: items.length - named };
}
