/**
 * Step 4 of statement alignment: the score of a pair of sentences. Each term of one sentence is matched in the other
 * by its stem (1), else by a WordNet synonym (lexicon.ts: fora ~ forums, `SYNONYM_WEIGHT`) or close neighbour
 * (legal ~ lawful, repatriation ~ return, `RELATED_WEIGHT`). The share of each sentence's weight matched in the other
 * gives a precision and a recall; the score is their harmonic mean, raised towards the coverage of the shorter
 * sentence, so that one long sentence restated in two or three short ones pairs with each of them, and raised
 * again where one clause of a sentence is restated whole (`clauseCover`). Two sentences whose numbers or dates
 * disagree (anchors.ts), that put another thing in the same words (contrast.ts), or where one calls the thing
 * it names another of its kind (another.ts: "a separate memorandum"), score 0.
 *
 * The evidence lists the words matched by meaning that WordNet gives as the same meaning (a shared sense, "similar
 * to", a derived form); a broader term (repatriation is a kind of return) counts in the score but is not listed.
 *
 * The scratch arrays live in a `PairScorer`, one per alignment: no call reads what another left behind.
 *
 * Pure TypeScript; no astro:* import.
 */
import { anchorsDisagree } from './anchors.ts';
import { markedAsAnother } from './another.ts';
import { substitutedFiller } from './contrast.ts';
import { sameMeaning } from './lexicon.ts';
import { type DenseMeanings, denseCount } from './meanings.ts';
import type { Prepared } from './prepare.ts';
import type { PairEvidence } from './types.ts';

/** Below this, a pair is not considered at all (nor for the context bonus). */
export const SCORE_FLOOR = 0.3;
/** A clause restated whole counts for this share of a restated sentence (see clauseCover). */
const CLAUSE_FACTOR = 0.8;
/** The least weight of a clause, in units, for clauseCover to consider it. */
const CLAUSE_MIN_WEIGHT = 5;
/** How many adjacent clauses clauseCover reads together at most. */
const CLAUSE_SPAN = 1;
/** The least number of matched terms in a clause for clauseCover to count it. */
const CLAUSE_MIN_TERMS = 4;
/** Matches by meaning count up to this share of the weight matched by stem. */
export const MEANING_SHARE = 0.5;
/** Weight of a match by meaning rather than by stem. */
const SYNONYM_WEIGHT = 0.8;
const RELATED_WEIGHT = 0.6;
/**
 * The least matched weight, in units (the weight of a term found in every tenth sentence), for a pair to count: two
 * sentences of two words each that share one stock word are not the same statement.
 */
export const MIN_SHARED_WEIGHT = 2;

/** Whether a pair of words matched by a close link is shown to readers as the same meaning (lexicon.ts). */
const shownAlike = (a: string, b: string) => sameMeaning(a.toLowerCase(), b.toLowerCase());

/** How one side of a pair is covered by the other. */
export interface Side {
  matched: number;
  /** How well each term of `from` is matched: 1 by stem, the synonym or related weight by meaning, else 0. */
  perTerm: Float64Array;
  shared: string[];
  meanings: [string, string][];
}

/** The parts of a score: each side's coverage, for the steps that read more than the score (runs.ts). */
export interface Scored {
  score: number;
  /** Share of a's weight matched in b, and of b's in a. */
  precision: number;
  recall: number;
}

const NONE: Scored = { score: 0, precision: 0, recall: 0 };

/** The lists of a side that is only scored (no evidence asked): empty, and never written to. */
const NO_WORDS = Object.freeze([]) as unknown as string[];
const NO_PAIRS = Object.freeze([]) as unknown as [string, string][];

/**
 * Term `i` of `from` matched by meaning, with `weight`, by term `partner` of `to`: marked in `perTerm`, and the pair
 * of words listed in `related` (when the evidence is asked) if readers are shown it as the same meaning. Returns the
 * weight it adds.
 */
function credit(
  from: Prepared,
  to: Prepared,
  i: number,
  weight: number,
  partner: number,
  perTerm: Float64Array,
  related: [string, string][] | null,
): number {
  perTerm[i] = weight;
  if (related && (weight === SYNONYM_WEIGHT || shownAlike(from.words[i]!, to.words[partner]!))) {
    related.push([from.words[i]!, to.words[partner]!]);
  }
  return from.weights[i]! * weight;
}

/** Scores pairs; holds the scratch arrays the scoring marks, so that nothing outlives an alignment. */
export class PairScorer {
  private termStampA: Int32Array;
  private termStampB: Int32Array;
  private pairStamp = 0;
  private senseStamp = new Int32Array(1024);
  private senseOwner = new Int32Array(1024);
  private neighbourStamp = new Int32Array(1024);
  private neighbourOwner = new Int32Array(1024);
  private stamp = 0;
  private perTermA = new Float64Array(64);
  private perTermB = new Float64Array(64);
  private pending = new Int32Array(64);

  /** The weight unit of MIN_SHARED_WEIGHT. */
  private readonly unit: number;

  /** `terms`: how many distinct terms the dossier has; `unit`: the weight unit of MIN_SHARED_WEIGHT. */
  constructor(terms: number, unit: number) {
    this.unit = unit;
    this.termStampA = new Int32Array(terms);
    this.termStampB = new Int32Array(terms);
  }

  /**
   * The score of a pair of prepared sentences; `minShared`, in units, is the least weight each must carry of the
   * other's (MIN_SHARED_WEIGHT but where a step has other evidence for the pair: order.ts).
   */
  score(a: Prepared, b: Prepared, minShared = MIN_SHARED_WEIGHT): Scored {
    if (minShared !== MIN_SHARED_WEIGHT || a.merged || b.merged) return this.scoreOf(a, b, minShared);
    // A statement recurs word for word in a wire story's copies, and shares its Prepared (prepare.ts): the pairs of
    // a thousand reports' copies are the same pairs again (about a third of those scored). Kept by the two objects
    // for the scorer's life, one alignment; a run read as one is made afresh for each scoring, and not kept.
    let row = this.scored.get(a);
    const known = row?.get(b);
    if (known) return known;
    const found = this.scoreOf(a, b, minShared);
    if (!row) this.scored.set(a, (row = new Map()));
    row.set(b, found);
    return found;
  }

  private readonly scored = new Map<Prepared, Map<Prepared, Scored>>();

  private scoreOf(a: Prepared, b: Prepared, minShared: number): Scored {
    const { fromA, fromB } = this.sides(a, b, false);
    return this.combine(a, b, fromA, fromB, minShared);
  }

  /** The evidence of a pair from each side: the words each shares in its own order, the meanings matched. */
  evidence(a: Prepared, b: Prepared): { ab: PairEvidence; ba: PairEvidence } {
    const { fromA, fromB } = this.sides(a, b, true);
    return {
      ab: { shared: fromA.shared, meanings: fromA.meanings },
      ba: { shared: fromB.shared, meanings: fromA.meanings.map(([x, y]) => [y, x]) },
    };
  }

  /** How each side of a pair is covered by the other; `collect`: with the words, for the evidence. */
  private sides(a: Prepared, b: Prepared, collect: boolean): { fromA: Side; fromB: Side } {
    if (this.perTermA.length < a.terms.length) this.perTermA = new Float64Array(a.terms.length * 2);
    if (this.perTermB.length < b.terms.length) this.perTermB = new Float64Array(b.terms.length * 2);
    this.markTerms(a, b);
    const fromA = this.cover(a, b, this.termStampA, this.termStampB, this.perTermA, collect);
    const fromB = this.cover(b, a, this.termStampB, this.termStampA, this.perTermB, collect);
    return { fromA, fromB };
  }

  private combine(a: Prepared, b: Prepared, fromA: Side, fromB: Side, minShared: number): Scored {
    if (a.total === 0 || b.total === 0) return NONE;
    if (Math.min(fromA.matched, fromB.matched) < minShared * this.unit) return NONE;
    if (anchorsDisagree(a.anchors, b.anchors)) return NONE;
    const precision = fromA.matched / a.total;
    const recall = fromB.matched / b.total;
    if (precision === 0 || recall === 0) return NONE;
    const f1 = (2 * precision * recall) / (precision + recall);
    const shorter = a.total <= b.total ? precision : recall;
    const base = (f1 + shorter) / 2;
    // A clause restated whole raises a pair that already shares something of weight, never one that shares only a
    // phrase ("the Ministry of Home Affairs stated" and a sentence that names the ministry).
    const clause =
      base < SCORE_FLOOR ? 0 : Math.max(this.clauseCover(a, fromA.perTerm), this.clauseCover(b, fromB.perTerm));
    const score = Math.max(base, CLAUSE_FACTOR * clause);
    if (score < SCORE_FLOOR) return { score, precision, recall };
    if (substitutedFiller(a, b, fromA.perTerm, fromB.perTerm) || markedAsAnother(a, b, fromA.perTerm, fromB.perTerm)) {
      return NONE;
    }
    return { score, precision, recall };
  }

  /** Marks the terms of a pair's two sentences: a term id is in a (b) when termStampA (termStampB) holds the stamp. */
  private markTerms(a: Prepared, b: Prepared) {
    this.pairStamp++;
    const { termIds: idsA } = a;
    const { termIds: idsB } = b;
    for (let k = 0; k < idsA.length; k++) this.termStampA[idsA[k]!] = this.pairStamp;
    for (let k = 0; k < idsB.length; k++) this.termStampB[idsB[k]!] = this.pairStamp;
  }

  private ensureScratch(size: number) {
    if (this.senseStamp.length >= size) return;
    const grow = (old: Int32Array) => {
      const bigger = new Int32Array(size * 2);
      bigger.set(old);
      return bigger;
    };
    this.senseStamp = grow(this.senseStamp);
    this.senseOwner = grow(this.senseOwner);
    this.neighbourStamp = grow(this.neighbourStamp);
    this.neighbourOwner = grow(this.neighbourOwner);
  }

  /** Marks, for this call's stamp, the senses or neighbours of `to`'s terms that `from` does not match by stem. */
  private mark(
    to: Prepared,
    fromTerms: Int32Array,
    which: keyof DenseMeanings,
    stamps: Int32Array,
    owners: Int32Array,
  ) {
    for (let j = 0; j < to.termIds.length; j++) {
      if (fromTerms[to.termIds[j]!] === this.pairStamp) continue;
      const ids = to.meanings[j]![which];
      for (let k = 0; k < ids.length; k++) {
        const d = ids[k]!;
        if (stamps[d] !== this.stamp) {
          stamps[d] = this.stamp;
          owners[d] = j;
        }
      }
    }
  }

  /** The term that marked the first of `ids` in this call, or -1. */
  private markedBy(ids: Int32Array, stamps: Int32Array, owners: Int32Array): number {
    for (let k = 0; k < ids.length; k++) if (stamps[ids[k]!] === this.stamp) return owners[ids[k]!]!;
    return -1;
  }

  /**
   * How much of `from`'s weight `to` carries, term by term: by stem first, else by meaning. A term of `from` meets
   * a term of `to` in meaning when they share a sense (synonym), or a sense of one is a close neighbour of the
   * other's (related): `to`'s senses, and only if still needed its neighbours, are marked in flat arrays (only for
   * its terms that `from` does not match by stem), then each unmatched term of `from` looks its own up.
   */
  private cover(
    from: Prepared,
    to: Prepared,
    fromTerms: Int32Array,
    toTerms: Int32Array,
    perTerm: Float64Array,
    collect: boolean,
  ): Side {
    const n = from.terms.length;
    if (this.pending.length < n) this.pending = new Int32Array(n * 2);
    const pending = this.pending;
    perTerm.fill(0, 0, n);
    let matched = 0;
    let open = 0;
    // The words are kept only for the evidence: a score alone allocates no list.
    const shared: string[] = collect ? [] : NO_WORDS;
    for (let i = 0; i < n; i++) {
      if (toTerms[from.termIds[i]!] === this.pairStamp) {
        matched += from.weights[i]!;
        perTerm[i] = 1;
        if (collect) shared.push(from.words[i]!);
      } else if (from.meanings[i]!.senses.length > 0) pending[open++] = i;
    }
    let byMeaning = 0;
    const related: [string, string][] = collect ? [] : NO_PAIRS;
    if (open > 0 && matched > 0) {
      this.ensureScratch(denseCount());
      this.stamp++;
      this.mark(to, fromTerms, 'senses', this.senseStamp, this.senseOwner);
      let left = 0;
      for (let k = 0; k < open; k++) {
        const i = pending[k]!;
        const m = from.meanings[i]!;
        const same = this.markedBy(m.senses, this.senseStamp, this.senseOwner);
        const near = same >= 0 ? -1 : this.markedBy(m.neighbours, this.senseStamp, this.senseOwner);
        if (same >= 0) byMeaning += credit(from, to, i, SYNONYM_WEIGHT, same, perTerm, collect ? related : null);
        else if (near >= 0) byMeaning += credit(from, to, i, RELATED_WEIGHT, near, perTerm, collect ? related : null);
        else pending[left++] = i;
      }
      if (left > 0) {
        // The other way round: a sense of `from` among `to`'s neighbours.
        this.mark(to, fromTerms, 'neighbours', this.neighbourStamp, this.neighbourOwner);
        for (let k = 0; k < left; k++) {
          const i = pending[k]!;
          const near = this.markedBy(from.meanings[i]!.senses, this.neighbourStamp, this.neighbourOwner);
          if (near >= 0) byMeaning += credit(from, to, i, RELATED_WEIGHT, near, perTerm, collect ? related : null);
        }
      }
    }
    // Meanings support a pair that shares words; they never carry one alone (MEANING_SHARE).
    return { matched: matched + Math.min(byMeaning, matched * MEANING_SHARE), perTerm, shared, meanings: related };
  }

  /**
   * The best coverage of one clause of a sentence, or of two adjacent clauses, by the other sentence: a statement
   * made in a clause of a long sentence (one of the points a readout lists; "To strengthen people-to-people ties,
   * the two sides agreed to enable safe and legal migration" is two clauses) and restated in a sentence of its own.
   * Only spans of some weight count (`CLAUSE_MIN_WEIGHT`), so that a clause of a name or two does not pair sentences
   * by itself.
   */
  private clauseCover(sentence: Prepared, perTerm: Float64Array): number {
    let best = 0;
    const { clauses } = sentence;
    for (let c = 0; c < clauses.length; c++) {
      for (let span = 1; span <= CLAUSE_SPAN && c + span <= clauses.length; span++) {
        let total = 0;
        let matched = 0;
        let terms = 0;
        for (let k = c; k < c + span; k++) {
          for (const t of clauses[k]!) {
            if (k > c && clauses[c]!.includes(t)) continue;
            total += sentence.weights[t]!;
            matched += sentence.weights[t]! * perTerm[t]!;
            if (perTerm[t]! > 0) terms++;
          }
        }
        if (terms >= CLAUSE_MIN_TERMS && total >= CLAUSE_MIN_WEIGHT * this.unit && matched / total > best) {
          best = matched / total;
        }
      }
    }
    return best;
  }
}
