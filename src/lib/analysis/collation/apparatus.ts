/**
 * Step 6 of a collation: the apparatus, as a critical edition prints it. Each difference (text.ts) is placed in the
 * finished text, by its lemma (the words of the text it stands against) or the words it follows; in the text's
 * order; and each variant once, with every witness that has it.
 */
import type { Layout, Site } from './text.ts';
import type { ApparatusEntry } from './types.ts';

/** The apparatus of a laid-out text (`text` is the finished text, `tidy(layout.words)`); `witnesses` by index. */
export function apparatusOf(layout: Layout, text: string, witnesses: readonly string[]): ApparatusEntry[] {
  const places = text.split(/\s+/u).map(placeKey);
  const placed = layout.entries
    .map((e) => {
      const place = placeOf(layout, places, e.site);
      return { ...e, words: e.type === 'lacks' ? (place.lemma ?? '') : e.words, place };
    })
    .filter((e) => e.words !== '')
    // In the text's order; at one place, as they were found (Array.prototype.sort is stable).
    .sort((x, y) => x.place.order - y.place.order);
  // One entry per variant: the same words of the same type at the same place, with every witness that has them.
  const variants = new Map<string, { entry: ApparatusEntry; witnesses: Set<number> }>();
  for (const e of placed) {
    const key = JSON.stringify([e.place.order, e.type, e.words, e.place.lemma, e.place.after]);
    let variant = variants.get(key);
    if (!variant) {
      const entry = { witnesses: [], words: e.words, type: e.type, lemma: e.place.lemma, after: e.place.after };
      variants.set(key, (variant = { entry, witnesses: new Set() }));
    }
    variant.witnesses.add(e.witness);
  }
  return [...variants.values()].map(({ entry, witnesses: ws }) => ({
    ...entry,
    witnesses: [...ws].sort((a, b) => a - b).map((w) => witnesses[w]!),
  }));
}

/**
 * The entry's lemma, or the words of the text it follows (see ApparatusEntry.lemma), and where that is in the text,
 * for the apparatus's order: an entry between two words before one that stands against the second.
 */
function placeOf(
  layout: Layout,
  places: readonly string[],
  site: Site,
): { lemma: string | null; after: string | null; order: number } {
  const { words, textOfBase, textOfChange, textAtPoint } = layout;
  let from = Infinity;
  let to = -1;
  const take = (a: number, b: number) => {
    if (a >= b) return;
    from = Math.min(from, a);
    to = Math.max(to, b);
  };
  if ('text' in site) take(...site.text);
  else if ('base' in site) {
    for (let i = site.base[0]; i < site.base[1]; i++) {
      if (textOfBase[i]! >= 0) take(textOfBase[i]!, textOfBase[i]! + 1);
      const run = textOfChange.get(i);
      if (run) take(...run);
    }
  }
  // Without the punctuation that ends it, as a place is given (bare): the words, not the comma after them.
  const lemma = from < to ? bare(lemmaOf(words, from, to)) : '';
  // (A lemma of punctuation alone, which tidy trims from the start, has no words: the entry stands before the text.)
  if (lemma !== '') return { lemma, after: null, order: 2 * from + 1 };
  const at =
    from < to ? from : 'point' in site ? textAtPoint[site.point]! : 'base' in site ? textAtPoint[site.base[0]]! : 0;
  if (at === 0) return { lemma: null, after: null, order: 0 };
  // The last words before the point, enough for wordsBefore (the whole text up to it only where it is short).
  let start = at - 1;
  for (let n = words[start]!.split(' ').length; start > 0 && n < PLACE_WORDS; start--)
    n += words[start - 1]!.split(' ').length;
  return { lemma: null, after: wordsBefore(places, lemmaOf(words, start, at)), order: 2 * at };
}

/** A word as a place: without the punctuation that ends it ("migration" for "migration,"). */
const bare = (word: string) => word.replace(/[.,;:!?]+$/u, '');

/** The most words an apparatus entry's place gives (wordsBefore). */
const PLACE_WORDS = 4;

/** A word as a place, compared whatever its case. */
const placeKey = (word: string) => bare(word).toLowerCase();

/**
 * The last words of `prefix` (the text up to a point), as few as name one place in the text (`all`, its words as
 * placeKey gives them), whatever their case:
 * "migration" where the text has it once, "illegal migration" where it also has "legal migration,". At most
 * PLACE_WORDS.
 */
function wordsBefore(all: readonly string[], prefix: string): string {
  const words = prefix.split(/\s+/u).map(bare);
  const before = words.map((w) => w.toLowerCase());
  const occurs = (n: number) => {
    let seen = 0;
    for (let i = n - 1; i < all.length && seen < 2; i++) {
      let k = 0;
      while (k < n && all[i - k] === before[before.length - 1 - k]) k++;
      if (k === n) seen++;
    }
    return seen;
  };
  let n = 1;
  while (n < Math.min(PLACE_WORDS, before.length) && occurs(n) !== 1) n++;
  return words.slice(-n).join(' ');
}

/**
 * Words [from, to) of the text as they stand in the finished text (`tidy`): the first without the punctuation tidy
 * trims from the start and with its capital, the last without the punctuation it trims from the end.
 */
function lemmaOf(words: readonly string[], from: number, to: number): string {
  let out = words.slice(from, to).join(' ');
  if (from === 0) {
    out = out.replace(/^[,;:\s]+/u, '');
    out = out.charAt(0).toUpperCase() + out.slice(1);
  }
  if (to === words.length) out = out.replace(/[,;:\s]+$/u, '');
  return out;
}

/**
 * A reading made of kept words may start in the middle of a sentence or end on a comma where a dropped credit
 * followed: it starts with a capital and ends with a full stop (the page says so).
 */
export function tidy(text: string): string {
  let out = text
    .trim()
    .replace(/^[,;:\s]+/u, '')
    .replace(/[,;:\s]+$/u, '');
  if (out === '') return out;
  out = out[0]!.toUpperCase() + out.slice(1);
  if (!/[.!?]["”’]?$/u.test(out)) out += '.';
  return out;
}
