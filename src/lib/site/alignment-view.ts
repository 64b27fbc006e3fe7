/**
 * What the pages show of the statement alignment (alignment.ts): the pairs of reports that share statements, the
 * rows of a side-by-side reading, the word-level differences of a copied or edited pair, and each report's profile
 * (what it restates of earlier reports, and what is only in it). Pure, so that tests reach it; the pages only
 * render.
 */
import { diffArrays } from 'diff';
import {
  type Alignment,
  type Counterpart,
  type CounterpartKind,
  type RunGroup,
  sentenceKey,
} from '../analysis/alignment/index.ts';
import { paragraphNumber, sentencePlace } from '../content/article.ts';
import { type PartialDate, dateOrder } from '../content/dates.ts';

/** A pair of reports that share statements, with how many sentences of each have a counterpart in the other. */
export interface StatementPair {
  a: string;
  b: string;
  /** Sentence pairs between the two reports. */
  pairs: number;
  /** Sentences of a with a counterpart in b, and of b with one in a. */
  aSentences: number;
  bSentences: number;
}

/** How many report pairs get a side-by-side page, those that share most first (as PAIR_PAGE_LIMIT in reuse.ts). */
export const SIDE_BY_SIDE_LIMIT = 100;

/**
 * Every pair of reports that shares at least one statement, the pair that shares most sentences first (then in
 * the order the alignment lists them). Sides keep the alignment's order: `a` is the earlier report in the dossier.
 */
export function statementPairs(alignment: Alignment): StatementPair[] {
  const byPair = new Map<string, { a: string; b: string; pairs: number; as: Set<string>; bs: Set<string> }>();
  for (const p of alignment.pairs) {
    const key = `${p.a.source}--${p.b.source}`;
    let entry = byPair.get(key);
    if (!entry) byPair.set(key, (entry = { a: p.a.source, b: p.b.source, pairs: 0, as: new Set(), bs: new Set() }));
    entry.pairs++;
    entry.as.add(p.a.sentence);
    entry.bs.add(p.b.sentence);
  }
  return [...byPair.values()]
    .map(({ a, b, pairs, as, bs }) => ({ a, b, pairs, aSentences: as.size, bSentences: bs.size }))
    .sort((x, y) => y.aSentences + y.bSentences - (x.aSentences + x.bSentences) || y.pairs - x.pairs);
}

/** The pairs that get a side-by-side page: the SIDE_BY_SIDE_LIMIT that share most. */
export function sideBySidePairs(alignment: Alignment, limit = SIDE_BY_SIDE_LIMIT): StatementPair[] {
  return statementPairs(alignment).slice(0, limit);
}

/** The counterparts of one sentence, all or those in one report. */
export function counterpartsOf(
  alignment: Alignment,
  source: string,
  sentence: string,
  inSource?: string,
): Counterpart[] {
  const list = alignment.counterparts.get(sentenceKey(source, sentence)) ?? [];
  return inSource === undefined ? list : list.filter((c) => c.source === inSource);
}

export interface SideBySideRow {
  /** A sentence of report a, or null for a row that holds only a sentence of b. */
  a: string | null;
  /**
   * Its counterparts in b (for a row of a), or the one sentence of b that only b has. `first` marks the row where a
   * sentence of b appears first (it may stand beside several of a's), the one a link to that sentence lands on.
   */
  b: { sentence: string; kind: CounterpartKind | null; score: number | null; first: boolean }[];
  /**
   * The many-to-one groups between a and b that hold this row's sentences: a sentence restated by a run of two or
   * three sentences of the other report together (the alignment's `groups`), for the page to say so ("¶3 and ¶4
   * together restate it").
   */
  groups: RunGroup[];
}

/**
 * The rows of a side-by-side reading of a and b: a's sentences in order, each beside its counterparts in b, and
 * b's sentences that have no counterpart in a placed after the row of the nearest earlier b sentence that has one
 * (at the top where none has), so that both reports read in order.
 */
export function sideBySideRows(
  alignment: Alignment,
  a: { slug: string; sentences: readonly string[] },
  b: { slug: string; sentences: readonly string[] },
): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  const rowOfB = new Map<string, number>();
  const order = new Map(b.sentences.map((s, i) => [s, i]));
  const groups = groupsBetween(alignment, a.slug, b.slug);
  const groupsOf = (source: string, sentence: string) =>
    groups.filter((g) => [g.one, ...g.run].some((r) => r.source === source && r.sentence === sentence));
  for (const sentence of a.sentences) {
    const counterparts = counterpartsOf(alignment, a.slug, sentence, b.slug);
    const sorted = [...counterparts].sort((x, y) => order.get(x.sentence)! - order.get(y.sentence)!);
    const rowGroups = new Set([...groupsOf(a.slug, sentence), ...sorted.flatMap((c) => groupsOf(b.slug, c.sentence))]);
    rows.push({
      a: sentence,
      b: sorted.map((c) => ({ sentence: c.sentence, kind: c.kind, score: c.score, first: !rowOfB.has(c.sentence) })),
      groups: [...rowGroups],
    });
    for (const c of sorted) if (!rowOfB.has(c.sentence)) rowOfB.set(c.sentence, rows.length - 1);
  }
  // Insert b's own sentences, from the last to the first so that positions already found stay right.
  const onlyB: { sentence: string; after: number }[] = [];
  let lastRow = -1;
  for (const sentence of b.sentences) {
    const row = rowOfB.get(sentence);
    if (row !== undefined) lastRow = Math.max(lastRow, row);
    else onlyB.push({ sentence, after: lastRow });
  }
  for (let i = onlyB.length - 1; i >= 0; i--) {
    const { sentence, after } = onlyB[i]!;
    rows.splice(after + 1, 0, { a: null, b: [{ sentence, kind: null, score: null, first: true }], groups: [] });
  }
  return rows;
}

/** The many-to-one groups between two reports, in the alignment's order. */
export function groupsBetween(alignment: Alignment, a: string, b: string): RunGroup[] {
  return alignment.groups.filter(
    (g) => (g.one.source === a && g.run[0]!.source === b) || (g.one.source === b && g.run[0]!.source === a),
  );
}

/** From how many rows in a row of sentences only one report has, the rows are shown as one, with their count. */
export const ONLY_RUN_COLLAPSE = 3;

/** A row of the side-by-side reading, or a run of rows of one report's own sentences shown as one. */
export type SideBySideItem =
  | { type: 'row'; row: SideBySideRow }
  | {
      type: 'only';
      /** Whose sentences: a's (with no counterpart in b) or b's (with none in a). */
      side: 'a' | 'b';
      /** The sentences, in order: the page may list them under one summary ("5 sentences only in X"). */
      sentences: string[];
      count: number;
    };

/**
 * The rows with each run of at least `collapse` rows that only one report has (ONLY_RUN_COLLAPSE) made one item
 * with their count, so that a long passage one report has alone does not push the shared ones apart.
 */
export function collapsedRows(rows: readonly SideBySideRow[], collapse = ONLY_RUN_COLLAPSE): SideBySideItem[] {
  const onlySide = (row: SideBySideRow): 'a' | 'b' | null => (row.a === null ? 'b' : row.b.length === 0 ? 'a' : null);
  const items: SideBySideItem[] = [];
  let k = 0;
  while (k < rows.length) {
    const side = onlySide(rows[k]!);
    let end = k + 1;
    while (side !== null && end < rows.length && onlySide(rows[end]!) === side) end++;
    if (side !== null && end - k >= collapse) {
      const sentences = rows.slice(k, end).map((r) => (side === 'a' ? r.a! : r.b[0]!.sentence));
      items.push({ type: 'only', side, sentences, count: sentences.length });
      k = end;
    } else {
      items.push({ type: 'row', row: rows[k]! });
      k++;
    }
  }
  return items;
}

/** A part of a word-level comparison: words both have, words only the first has, words only the second has. */
export interface DiffPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Typographic variants that are no change of wording: curly and straight quotes and apostrophes, the dashes and
 * hyphens, and spaces of other widths.
 */
function typographic(word: string): string {
  return word
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/gu, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/gu, '-')
    .normalize('NFC');
}

/**
 * The word-level differences between two sentences, for a copied or edited pair: what the first has that the
 * second has not is `removed`, the reverse `added`. Words are compared as written (case too), except for
 * typographic variants (`typographic`): a shown word that differs only so is `same`, in the second sentence's form.
 * Words are separated by one space: each part but the last ends with it, so that a removed word and an added one
 * never run together, and either sentence reads back from its parts (up to a space at its end).
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const tokens = (text: string) => text.split(/\s+/u).filter((t) => t.length > 0);
  const changes = diffArrays(tokens(a), tokens(b), { comparator: (x, y) => typographic(x) === typographic(y) });
  return changes.map((change, k) => ({
    type: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(' ') + (k < changes.length - 1 ? ' ' : ''),
  }));
}

/** What a report restates and what is its own, sentence by sentence. */
export interface Profile {
  sentences: number;
  /**
   * Whether the report restates no other report whatever their dates: an official readout, its issuer's own account
   * (derivation.ts, isPrimary). Its sentences with counterparts all count in `sharedOtherwise`.
   */
  primary: boolean;
  /** Sentences with a counterpart in a report published before it (by date, with its precision), by best kind. */
  restatesEarlier: Record<CounterpartKind, number>;
  /**
   * Sentences with no counterpart in an earlier report that make a statement of a common source the report follows:
   * a text not in this dossier, reconstructed from the reports that carry it (derivation.ts).
   */
  restatesCommonSource: number;
  /**
   * Sentences with counterparts, none of which the report can restate: all in reports not known to be earlier (the
   * same day, later, or undated) and not a reading of a common source it follows; or any counterpart of a primary
   * report's sentence.
   */
  sharedOtherwise: number;
  /** Sentences with no counterpart: its own reporting, as far as this dossier shows. */
  only: number;
}

const KIND_RANK: Readonly<Record<CounterpartKind, number>> = { verbatim: 3, edited: 2, reworded: 1 };

/**
 * The profile of each report; `dates` gives each report's date, `primary` whether it is its issuer's own account
 * (an official readout), which restates no report.
 */
export function profileOf(
  alignment: Alignment,
  source: { slug: string; sentences: readonly string[]; primary: boolean },
  dates: ReadonlyMap<string, PartialDate>,
  /** The report's sentences that read a statement of a common source it follows (derivation.ts, commonSourceReadings). */
  fromCommonSource: ReadonlySet<string> = new Set(),
): Profile {
  const own = dates.get(source.slug)!;
  const profile: Profile = {
    sentences: source.sentences.length,
    primary: source.primary,
    restatesEarlier: { verbatim: 0, edited: 0, reworded: 0 },
    restatesCommonSource: 0,
    sharedOtherwise: 0,
    only: 0,
  };
  for (const sentence of source.sentences) {
    const list = counterpartsOf(alignment, source.slug, sentence);
    if (list.length === 0) {
      profile.only++;
      continue;
    }
    const earlier = source.primary ? [] : list.filter((c) => dateOrder(dates.get(c.source)!, own) === 'before');
    if (earlier.length === 0) {
      if (!source.primary && fromCommonSource.has(sentence)) profile.restatesCommonSource++;
      else profile.sharedOtherwise++;
      continue;
    }
    const best = earlier.reduce((x, y) => (KIND_RANK[y.kind] > KIND_RANK[x.kind] ? y : x));
    profile.restatesEarlier[best.kind]++;
  }
  return profile;
}

/**
 * Where each of a sentence's counterparts is, as a reader names it: "¶8"; "¶1, sentence 2" where another of the same
 * list is in the same paragraph of the same report, so that no two links read alike.
 */
export function placesOf(list: readonly { source: string; sentence: string }[]): string[] {
  const paragraph = (c: { source: string; sentence: string }) => `${c.source}#${paragraphNumber(c.sentence)}`;
  const seen = new Map<string, number>();
  for (const c of list) seen.set(paragraph(c), (seen.get(paragraph(c)) ?? 0) + 1);
  return list.map((c) => (seen.get(paragraph(c))! > 1 ? sentencePlace(c.sentence) : `¶${paragraphNumber(c.sentence)}`));
}

/** The text of every article sentence, by `sentenceKey(source, sentence)`, for pages that quote counterparts. */
export function sentenceTexts(
  sources: readonly {
    slug: string;
    article: { paragraphs: readonly { sentences: readonly { id: string; text: string }[] }[] };
  }[],
): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  for (const source of sources) {
    for (const p of source.article.paragraphs)
      for (const s of p.sentences) texts.set(sentenceKey(source.slug, s.id), s.text);
  }
  return texts;
}

/**
 * dist/data/alignment.json: every sentence pair the alignment keeps, in its order, as the site's open data. `pairs`
 * follows the shape {a: {source, sentence}, b: {source, sentence}, kind, score}, with the evidence (`shared`
 * words, `meanings` matched) beside; `sentences` gives each report's count of article sentences and of those with a
 * counterpart. Deterministic: the alignment's order, fixed keys.
 */
export function alignmentExport(alignment: Alignment, order: readonly string[]) {
  return {
    method:
      'Sentences compared by content-word stems, WordNet meanings, clauses, numbers and dates, runs of consecutive ' +
      'sentences and context (src/lib/analysis/alignment/); kind: verbatim = same words once case, punctuation and ' +
      'apostrophes are folded; edited = most words the same, in order; reworded = the same statement in other ' +
      'words. groups: a sentence (one) restated by a run of sentences of another report together; each of its ' +
      'pairs is also in pairs.',
    sentences: Object.fromEntries(order.map((slug) => [slug, alignment.sentenceCounts.get(slug) ?? null])),
    pairs: alignment.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      kind: p.kind,
      score: p.score,
      shared: p.shared,
      meanings: p.meanings,
    })),
    groups: alignment.groups.map((g) => ({ one: g.one, run: g.run, score: g.score })),
  };
}
