/**
 * Step 2 of statement alignment: the context every later step reads. Each sentence's statement (terms.ts) with its
 * terms and folded words as numbers (each distinct term or word of the dossier gets one), so that the steps compare
 * numbers and mark flat arrays instead of looking strings up, and each term weighted by its inverse sentence
 * frequency: a term found in many sentences of the dossier ("India", "dialogue", "security") says little about
 * which statement a sentence makes.
 *
 * Pure TypeScript over plain data; no astro:* import.
 */
import { Numbering } from '../../text/numbering.ts';
import { type DenseMeanings, NO_MEANINGS, denseMeanings } from './meanings.ts';
import { type Statement, statementOf, termWeight } from './terms.ts';
import type { AlignDocument, AlignSentence } from './types.ts';

/** A statement ready for scoring. */
export interface Prepared extends Readonly<Statement> {
  termIds: Int32Array;
  foldedIds: Int32Array;
  sortedFoldedIds: Int32Array;
  weights: Float64Array;
  total: number;
  /** Each term's meanings (empty for a word matched by stem only). */
  meanings: readonly DenseMeanings[];
  /** Set on a run read as one (mergedRun): made for one scoring, so never kept in the scorer's cache. */
  merged?: true;
}

/** One sentence of the dossier: `index` in the entries, its document's number, its place in the document. */
export interface Entry {
  index: number;
  doc: number;
  position: number;
  sentence: AlignSentence;
  prepared: Prepared;
}

/** What every step of alignStatements reads. */
export interface AlignContext {
  documents: readonly AlignDocument[];
  /** Every sentence, documents in the order given, each document's sentences together in reading order. */
  entries: Entry[];
  /** How many distinct terms the dossier has (term ids are 0 … terms − 1). */
  terms: number;
  /** The weight of a term found in every tenth sentence: the unit of minimum weights, scaling with the dossier. */
  unit: number;
}

/** Typed arrays filled by loops: TypedArray.from with a mapping function is several times slower in V8. */
function numbers(values: readonly string[], numbering: Numbering): Int32Array {
  const ids = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) ids[k] = numbering.idOf(values[k]!);
  return ids;
}

/** The context of an alignment of `documents`. */
export function prepareContext(documents: readonly AlignDocument[]): AlignContext {
  const raw: { doc: number; position: number; sentence: AlignSentence; statement: Readonly<Statement> }[] = [];
  documents.forEach((doc, d) =>
    doc.sentences.forEach((sentence, position) => {
      raw.push({ doc: d, position, sentence, statement: statementOf(sentence.text) });
    }),
  );
  const n = raw.length;
  const termNumbers = new Numbering();
  const wordNumbers = new Numbering();
  // A recurring statement's terms are numbered already: its numbers are looked up once.
  const termIdsByStatement = new Map<Readonly<Statement>, Int32Array>();
  const termIdsOf = raw.map(({ statement }) => {
    let ids = termIdsByStatement.get(statement);
    if (!ids) termIdsByStatement.set(statement, (ids = numbers(statement.terms, termNumbers)));
    return ids;
  });
  const df = new Int32Array(termNumbers.size);
  for (const ids of termIdsOf) for (const t of ids) df[t]!++;
  // A statement that recurs word for word (a wire story's sentence in every copy) is prepared once and shared: all
  // it holds follows from its text and the dossier's counts.
  const preparedOf = new Map<Readonly<Statement>, Prepared>();
  const entries = raw.map(({ doc, position, sentence, statement }, index): Entry => {
    let prepared = preparedOf.get(statement);
    if (!prepared) {
      const termIds = termIdsOf[index]!;
      const weights = new Float64Array(termIds.length);
      let total = 0;
      for (let k = 0; k < termIds.length; k++) total += weights[k] = termWeight(df[termIds[k]!]!, n);
      const foldedIds = numbers(statement.folded, wordNumbers);
      const meanings = statement.words.map((word, k) =>
        statement.byMeaning[k] ? denseMeanings(word.toLowerCase()) : NO_MEANINGS,
      );
      const sortedFoldedIds = foldedIds.slice().sort();
      prepared = { ...statement, termIds, foldedIds, sortedFoldedIds, weights, total, meanings };
      preparedOf.set(statement, prepared);
    }
    return { index, doc, position, sentence, prepared };
  });
  return { documents, entries, terms: termNumbers.size, unit: termWeight(Math.max(1, n / 10), n) };
}

/**
 * A run of consecutive sentences read as one (runs.ts): their terms once each, the first sentence's weight where
 * two share one, their clauses one after another, their anchors together.
 */
export function mergedRun(run: readonly Prepared[]): Prepared {
  const at = new Map<number, number>();
  const merged = {
    terms: [] as string[],
    words: [] as string[],
    byMeaning: [] as boolean[],
    termIds: [] as number[],
    weights: [] as number[],
    meanings: [] as DenseMeanings[],
    clauses: [] as number[][],
    anchors: [] as string[],
  };
  const maps: Int32Array[] = [];
  for (const p of run) {
    const local = p.termIds.length;
    const map = new Int32Array(local);
    maps.push(map);
    for (let k = 0; k < local; k++) {
      let m = at.get(p.termIds[k]!);
      if (m === undefined) {
        at.set(p.termIds[k]!, (m = merged.termIds.length));
        merged.terms.push(p.terms[k]!);
        merged.words.push(p.words[k]!);
        merged.byMeaning.push(p.byMeaning[k]!);
        merged.termIds.push(p.termIds[k]!);
        merged.weights.push(p.weights[k]!);
        merged.meanings.push(p.meanings[k]!);
      }
      map[k] = m;
    }
    for (const clause of p.clauses) merged.clauses.push(clause.map((k) => map[k]!));
    for (const anchor of p.anchors) if (!merged.anchors.includes(anchor)) merged.anchors.push(anchor);
  }
  const weights = Float64Array.from(merged.weights);
  const folded = run.flatMap((p) => p.folded);
  const foldedTerms = run.flatMap((p, r) => p.foldedTerms.map((k) => (k < 0 ? -1 : maps[r]![k]!)));
  const foldedIds = Int32Array.from(run.flatMap((p) => [...p.foldedIds]));
  return {
    ...merged,
    termIds: Int32Array.from(merged.termIds),
    weights,
    total: weights.reduce((sum, w) => sum + w, 0),
    folded,
    foldedTerms,
    foldedIds,
    sortedFoldedIds: foldedIds.slice().sort(),
    merged: true,
  };
}
