/**
 * Step 4b of a collation: the base witness's own additions, left out of the text. A run of the base's words is its
 * own addition when every other independent witness that votes on the statement lacks it with nothing in its place
 * (an omission, not a different wording), and no other witness's reading of the statement has any of its words
 * anywhere ("Going further," and "keen" in "Going further, the co-chairs reiterated their keen interest", where the
 * other reads "They reiterated their interest"). So the text stays a witness's words with the others' omissions
 * applied, and never loses a word another witness has.
 *
 * Only two kinds of run are left out, those that leave the sentence whole: an opening phrase (it opens the sentence
 * or a clause and ends at a comma: "Going further,"), and one or two words that modify another ("keen": WordNet knows
 * them as adjectives or adverbs). A run lacked word by word elsewhere ("During" of "During the dialogue,") stays.
 * A modifier is left out only where every witness lacking it is one whose omissions count (`omits`: in a
 * reconstruction, a close copy; a paraphrase drops such words as a matter of course, a careful copy seldom adds them).
 * It is kept, too, where leaving it out could take the sentence's verb: where it holds a word that can only be a verb
 * (WordNet knows it as nothing else) or an auxiliary ("was", "will"); or where the base's additions would take half
 * its words or more.
 */
import { baseForms } from '../alignment/index.ts';
import type { Change, Token } from './types.ts';

/** Auxiliaries and copulas: WordNet lists none of them as a verb only, yet each may be the sentence's verb. */
const AUXILIARIES = new Set(
  'am is are was were be been being has have had do does did will would shall should can could may might must'.split(
    ' ',
  ),
);

/** Whether a word may be a sentence's verb and nothing else (see the module comment). */
function onlyVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z'-]/gu, '');
  if (w === '') return false;
  if (AUXILIARIES.has(w)) return true;
  const forms = baseForms(w);
  return forms.length > 0 && forms.every((f) => f.pos === 'verb');
}

export interface AdditionsInput {
  /** The base's words. */
  base: readonly Token[];
  /** Each voting reading's independent group, and which of them is the base. */
  groups: readonly string[];
  baseIndex: number;
  /** For each base word, the groups other than the base's that have it at its place (changes.ts). */
  support: readonly Set<string>[];
  changes: readonly Change[];
  /** The changes the text takes: their words are decided already. */
  applied: readonly Change[];
  /** Every key in another group's reading of the statement, a rewording's included. */
  elsewhere: ReadonlySet<string>;
  /** Whether a group's omissions count (changes.ts); a modifier is left out only where such groups lack it. */
  omits?: (group: string) => boolean;
}

/** The base's own additions as [start, end) runs of its words, in order (see the module comment). */
export function ownAdditions(input: AdditionsInput): [number, number][] {
  const { base, groups, baseIndex, support, changes, applied, elsewhere } = input;
  const omits = input.omits ?? (() => true);
  const baseGroup = groups[baseIndex]!;
  const others = new Set(groups.filter((g) => g !== baseGroup));
  if (others.size === 0) return [];
  const lacks = (i: number, g: string) =>
    changes.some((c) => groups[c.witness] === g && c.added.length === 0 && c.start <= i && i < c.end);
  // Lacked by every other witness, and by none of them had, at its place or elsewhere.
  const lacked = base.map(
    (t, i) =>
      !t.credit &&
      support[i]!.size === 0 &&
      !applied.some((a) => a.start <= i && i < a.end) &&
      [...others].every((g) => lacks(i, g)),
  );
  const runs: [number, number][] = [];
  for (let i = 0; i < base.length; i++) {
    if (!lacked[i]) continue;
    let end = i;
    while (end < base.length && lacked[end]) end++;
    const run = base.slice(i, end);
    const had = run.some((t) => t.key.split(' ').some((k) => k !== '' && elsewhere.has(k)));
    // A modifier is the base's own only where the witnesses lacking it are ones whose omissions count. WordNet (read
    // from its files at a word's first ask) is asked last, and only about a run that could go.
    const kind = () => opening(base, i, end) || ([...others].every(omits) && modifier(run));
    if (!had && kind() && !run.some((t) => onlyVerb(t.display))) runs.push([i, end]);
    i = end;
  }
  const words = base.filter((t) => !t.credit && t.key !== '').length;
  const dropped = runs.reduce((n, [a, b]) => n + b - a, 0);
  return 2 * dropped >= words ? [] : runs;
}

/** An opening phrase: it opens the sentence or a clause (follows punctuation) and ends at a comma ("Going further,"). */
function opening(base: readonly Token[], start: number, end: number): boolean {
  const opens = start === 0 || /[,;:.]["”’)]?$/u.test(base[start - 1]!.display);
  return opens && end < base.length && /,["”’)]?$/u.test(base[end - 1]!.display);
}

/** One or two words that may each modify another (WordNet knows them as adjectives or adverbs): "keen", "very keen". */
function modifier(run: readonly Token[]): boolean {
  return (
    run.length <= 2 &&
    run.every((t) => {
      const w = t.display.toLowerCase().replace(/[^a-z-]/gu, '');
      return w !== '' && baseForms(w).some((f) => f.pos === 'adj' || f.pos === 'adv');
    })
  );
}
