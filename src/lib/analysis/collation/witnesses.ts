/**
 * Step 2 of a collation, and the first of a reconstruction: weigh the witnesses. A witness ranks by how closely it
 * keeps the common source: for each statement it reads, how alike its reading is to the others' (closeness), summed
 * over the statements, so that one that holds more of the shared text, and copies or edits it rather than rewording
 * it, ranks higher. A rewording keeps nothing closely (it scores 0). Copies of one another are one witness: compared
 * only with the witnesses outside their group (one reading each), and counted once in every vote.
 */
import { BoundedPairCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';
import { sameSequence } from '../../text/numbering.ts';
import { placesCost } from './diff.ts';
import { keysOfTokens, tokens } from './tokens.ts';
import type { Reading } from './types.ts';

/** Each witness's group: the witness it copies, followed to the first original (a copy of a copy is the original's). */
export function groupOf(witness: string, copyOf?: ReadonlyMap<string, string>): string {
  let at = witness;
  const seen = new Set<string>();
  while (copyOf?.has(at) && !seen.has(at)) {
    seen.add(at);
    at = copyOf.get(at)!;
  }
  return at;
}

/** A reading's words by key, its credit left out (a credit is the witness's own, about its source). */
const keysOf = (text: string): readonly string[] => keysOfTokens(tokens(text));

/**
 * How alike two readings are (0–1): 1 less the words of the places where they differ, over the longer reading's
 * words. A place costs the more of its two sides ("joint" left out costs 1, "of the dialogue" for "of talks" 2), so
 * that leaving words out and adding them weigh alike, and a rewording, which differs almost everywhere, is near 0.
 */
export function likeness(a: string, b: string): number {
  return likenesses.get(a, b, likenessOfTexts);
}

const likenessOfTexts = (a: string, b: string): number => likenessOf(keysOf(a), keysOf(b));

/**
 * Each pair of readings' likeness, worked out once, by the one text then the other: a witness is ranked for each
 * statement of each reconstruction and of the self-check, against the same few readings (at a thousand reports, a
 * measured hot spot of the build). It stops growing at WORD_CACHE_LIMIT pairs and evicts nothing.
 */
const likenesses = new BoundedPairCache<string, string, number>(WORD_CACHE_LIMIT);

function likenessOf(ka: readonly string[], kb: readonly string[]): number {
  const longer = Math.max(ka.length, kb.length);
  if (longer === 0) return 1;
  // The same words (a copy word for word): no difference to look for.
  if (sameSequence(ka, kb)) return 1;
  return Math.max(0, 1 - placesCost(ka, kb) / longer);
}

/** The most other readings one reading is compared with, for a statement read by hundreds. */
const COMPARED = 8;

/**
 * How closely one reading keeps the others of a statement (0–1): its mean likeness to them. Each place where one
 * witness alone departs costs it against every other, and each other only against it: so the witness that departs
 * least from the others scores highest. A rewording keeps nothing closely (0).
 */
export function closeness(reading: Reading, others: readonly Reading[]): number {
  if (reading.reworded || others.length === 0) return 0;
  const compared = others.slice(0, COMPARED);
  return compared.reduce((n, o) => n + likeness(reading.text, o.text), 0) / compared.length;
}

/**
 * The readings a witness is compared with: one for each other group of copies (its first), and only those that copy
 * or edit the statement where any does (a paraphrase among them would lower every witness's score alike).
 */
function representatives(
  readings: readonly Reading[],
  copyOf?: ReadonlyMap<string, string>,
): (group: string) => Reading[] {
  const first = new Map<string, Reading>();
  const close = readings.filter((r) => !r.reworded);
  for (const r of close.length > 1 ? close : readings) {
    const g = groupOf(r.witness, copyOf);
    if (!first.has(g)) first.set(g, r);
  }
  const all = [...first];
  // The first COMPARED + 1 groups: whichever one is the witness's own, COMPARED others remain.
  const head = all.slice(0, COMPARED + 1);
  return (group) => head.filter(([g]) => g !== group).map(([, r]) => r);
}

export interface WitnessRank {
  witness: string;
  /** Summed closeness over the statements it reads. */
  score: number;
  /** Statements it reads, closely or not. */
  statements: number;
  /** Words of its readings, its credits left out: of two witnesses as close, the one that holds more comes first. */
  words: number;
}

/**
 * The witnesses of a set of statements, best first: by summed closeness; of two as close (as two witnesses alone
 * always are), the one that holds more words, since a condensed reading is no better a witness; then an original
 * before its copy; then in the order they first appear (the dossier's).
 */
export function rankWitnesses(
  statements: readonly (readonly Reading[])[],
  copyOf?: ReadonlyMap<string, string>,
): WitnessRank[] {
  const ranks = new Map<string, WitnessRank>();
  for (const readings of statements) {
    const othersOf = representatives(readings, copyOf);
    for (const r of readings) {
      const others = othersOf(groupOf(r.witness, copyOf));
      const rank = ranks.get(r.witness) ?? { witness: r.witness, score: 0, statements: 0, words: 0 };
      rank.score += closeness(r, others);
      rank.statements += 1;
      rank.words += keysOf(r.text).length;
      ranks.set(r.witness, rank);
    }
  }
  const order = new Map([...ranks.keys()].map((w, i) => [w, i]));
  const isCopy = (w: string) => (groupOf(w, copyOf) === w ? 0 : 1);
  return [...ranks.values()].sort(
    (a, b) =>
      b.score - a.score ||
      b.words - a.words ||
      isCopy(a.witness) - isCopy(b.witness) ||
      order.get(a.witness)! - order.get(b.witness)!,
  );
}

/**
 * The base of a statement (Bédier): the reading of the best-ranked witness among those that copy or edit it; where
 * every reading is a rewording, the best-ranked reading all the same, so that no statement is without text.
 */
export function chooseBase(readings: readonly Reading[], rank?: readonly string[]): number {
  const order = rank ?? rankWitnesses([readings]).map((r) => r.witness);
  const position = (r: Reading) => {
    const at = order.indexOf(r.witness);
    return at < 0 ? order.length + readings.indexOf(r) : at;
  };
  const pool = readings.some((r) => !r.reworded) ? readings.filter((r) => !r.reworded) : readings;
  const best = pool.reduce((a, b) => (position(b) < position(a) ? b : a));
  return readings.indexOf(best);
}
