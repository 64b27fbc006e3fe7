/**
 * Derivation: for each report, the earlier report or the common source it most likely follows, with the evidence;
 * and the common sources the dossier lacks, reconstructed from their witnesses (README, "Who follows whom").
 *
 * It works on statement alignment (alignment.ts: which sentences of two reports make the same statement) and on
 * attributions (attributions.ts: which sentences credit a source), in these steps:
 *
 * 1. Pairs. Two reports that make MIN_SHARED or more of the same statements are related. Which one could follow
 *    which comes from their dates, with their precision (`dateOrder`: "March 2024" is after 29 February, but
 *    neither before nor after 3 March, a day in that month), and from their kinds: an official readout is its
 *    government's own account and follows no report.
 * 2. Common sources. Two related reports cannot have taken their shared statements from each other when
 *    - each credits, in those statements, a source that is not in the dossier, and their dates cannot tell which
 *      came first (or the later one credits it where the earlier one does not), or
 *    - each keeps, in KEEPS_MIN or more of the statements they share, wording of them that the other lacks and a
 *      third report, not later than it, also has (`keepsAgainst`; copies and edits only, not rewordings): a later
 *      report that has a phrase of the shared text which the earlier one dropped did not take it from the earlier.
 *    Reports joined by such pairs are the witnesses of one common source. It is named from their credits
 *    ("the readout credited to the Ministry of Home Affairs") or, without any, "an unknown common source".
 * 3. Statements of a common source: the sentences its witnesses share, grouped around the sentences of the witness
 *    that shares fewest (it writes the largest units); every witness's sentences join the statement they align with
 *    best, so that a witness that splits one statement in two gives both halves to it. A report outside the
 *    witnesses that makes MIN_SHARED of these statements follows the common source too, unless it repeats one
 *    witness's own credit or wire tag, or names it: then it follows that witness. Words it shares with one witness
 *    and not another cannot settle it: with two witnesses, one's addition and the other's omission look alike.
 * 4. Edges. Each sentence of a report that has counterparts is credited to the candidate source (an earlier report
 *    or a common source it follows) whose counterpart is closest; an edge carries the source's statements so
 *    restated, and is kept from MIN_SHARED on. A pair whose order neither dates nor containment tell is listed as
 *    undetermined. An edge is credited when the report names its source (attributions.ts, `creditNames`).
 * 5. Reconstruction: each statement of a common source collated word by word over its direct witnesses
 *    (collation.ts).
 *
 * Pure TypeScript over plain data; no astro:* import. Nothing here is keyed to particular reports.
 */
import {
  type Alignment,
  type Counterpart,
  compareIds,
  sentenceKey as key,
  statementOf,
} from './analysis/alignment/index.ts';
import { type Attribution, DOCUMENT_NOUNS, creditNames, findAttributions, nameWords } from './attributions.ts';
import { type ApparatusEntry, collate } from './collation.ts';
import { type PartialDate, dateOrder } from './dates.ts';
import { slugify } from './slugs.ts';

export interface DerivationDocument {
  id: string;
  date: PartialDate;
  kind: string;
  /** What a credit may call this report: its outlet, its short name, the agency it carries. */
  names: readonly string[];
  /** Article sentences in reading order. */
  sentences: readonly { id: string; text: string }[];
}

/** Statements two reports must share to be related, and an edge must carry to be drawn. */
export const MIN_SHARED = 3;
/** Statements in which a report must keep wording the other lacks and a third has (step 2). */
export const KEEPS_MIN = 2;
/** The most other reports consulted as third witnesses for one pair, those sharing most first (step 2). */
const THIRD_WITNESSES = 12;
/** The most readings of one statement that vote in its collation, in the dossier's order (step 5). */
export const VOTERS = 8;
/** Score from which a reworded sentence of a reading still votes in the collation (step 5). */
export const VOTE_SCORE = 0.65;
/** Share of a report's sentences restated in the other from which it counts as contained in it (step 4). */
export const CONTAINED_SHARE = 0.9;

/** The kind of report that is its issuer's own account, and follows no other report (step 1). */
const PRIMARY_KIND = 'official-readout';

/** Whether a report of this kind is its issuer's own account, which follows (and restates) no other report. */
export function isPrimary(kind: string): boolean {
  return kind === PRIMARY_KIND;
}

export interface SharedStatement {
  /** The source's sentence (for a common source: its statement's number, "s3"). */
  from: string;
  /** The report's sentences that restate it. */
  to: string[];
}

export interface DerivationEdge {
  /** A report's slug or a common source's id. */
  from: string;
  to: string;
  fromCommon: boolean;
  /** The source's statements the report restates. */
  statements: number;
  shared: SharedStatement[];
  /**
   * Why this direction: `date` (the source is dated before the report), `containment` (the dates cannot tell, and
   * every statement of the source is in the report, which has more), `witness` (the report is one of the common
   * source's witnesses), `statements` (it makes the common source's statements without the credit of any one
   * witness, so the wording cannot tell whether it took them through a witness), `copy` (it repeats the credit of
   * a witness of a common source, or names it).
   */
  basis: EdgeBasis;
  /** Whether the report credits this source (its attributions). */
  credited: boolean;
  /** The report's attributions that credit this source. */
  credits: Attribution[];
}

export type EdgeBasis = 'date' | 'containment' | 'witness' | 'statements' | 'copy';

/** Each basis of an edge in the reader's words, to follow "<report> follows <source>: ". */
export const BASIS_WORDS: Readonly<Record<EdgeBasis, string>> = {
  date: 'the source is dated before the report, and the report restates its statements',
  containment:
    'their dates cannot tell which came first, and every statement of the source is in the report, which has more',
  witness:
    'the report is one of the texts from which the common source was found: it credits it, or keeps wording of it that the others lack',
  statements:
    'the report restates statements of the common source without the credit of any one of its witnesses; whether it took them from the common source or through one of its witnesses, the wording cannot tell',
  copy: 'the report repeats the credit or the wire tag of this text, or names it, and this text is not later',
};

export interface UndeterminedPair {
  a: string;
  b: string;
  statements: number;
  /** `same-day`: published the same day; `overlap`: one is dated to a month that includes the other's day. */
  dates: 'same-day' | 'overlap';
}

export interface WitnessReading {
  source: string;
  /** The witness's sentences that make this statement, in reading order. */
  sentences: string[];
  text: string;
  reworded: boolean;
}

/** "s3": the anchor of the third statement of a reconstruction on its page (the id of a ReconstructedStatement). */
export function statementAnchor(statement: number): string {
  return `s${statement}`;
}

/** The number of a reconstruction's statement from its anchor: 3 for "s3". */
export function statementNumber(anchor: string): number {
  const match = /^s(\d+)$/u.exec(anchor);
  if (!match) throw new Error(`not a statement anchor ("s3"): "${anchor}"`);
  return Number(match[1]);
}

export interface ReconstructedStatement {
  /** Its anchor on the reconstruction's page (statementAnchor). */
  id: string;
  /** The reconstructed wording; null where the readings are rewordings of each other (collation.ts). */
  text: string | null;
  base: string | null;
  agreement: number | null;
  readings: WitnessReading[];
  apparatus: ApparatusEntry[];
}

export interface CommonSource {
  id: string;
  label: string;
  /** The witnesses' credits of it, in the witnesses' order. */
  attributions: (Attribution & { source: string })[];
  /** Every report that follows it directly, in the dossier's order. */
  witnesses: string[];
  statements: ReconstructedStatement[];
  /**
   * How it was found: `credits` (two witnesses credit, in the statements they share, a source not in the dossier,
   * and cannot have them from each other), `wording` (each keeps wording of them the other lacks and a third has).
   */
  basis: ('credits' | 'wording')[];
  /** The witnesses from whose pairs it was found; the other witnesses joined by making its statements. */
  seeds: string[];
}

export interface ReportDerivation {
  id: string;
  /** The edge carrying most of its statements, or null. */
  follows: DerivationEdge | null;
  /** Every edge into it, most statements first. */
  sources: DerivationEdge[];
  attributions: Attribution[];
  /** Undetermined pairs it is in. */
  undetermined: UndeterminedPair[];
}

export interface Derivation {
  commonSources: CommonSource[];
  edges: DerivationEdge[];
  undetermined: UndeterminedPair[];
  reports: ReportDerivation[];
}

interface Doc extends DerivationDocument {
  index: number;
  attributions: Attribution[];
  position: Map<string, number>;
  text: Map<string, string>;
}

/** See the module comment. `documents` in the dossier's order (by date). */
export function derive(documents: readonly DerivationDocument[], alignment: Alignment): Derivation {
  const docs: Doc[] = documents.map((d, index) => ({
    ...d,
    index,
    attributions: findAttributions(d.sentences),
    position: new Map(d.sentences.map((s, i) => [s.id, i])),
    text: new Map(d.sentences.map((s) => [s.id, s.text])),
  }));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const allNames = docs.flatMap((d) => d.names);

  // Step 1: the pairs of sentences of every pair of reports, indexed both ways once (every later step looks them up):
  // by report x, then by report y, the pairs from x's side, and how many distinct sentences of x they hold.
  type P = { a: string; b: string; score: number };
  type Between = { pairs: P[]; sentences: number };
  const pairIndex = new Map<string, Map<string, Between>>();
  const push = (x: string, y: string, p: P) => {
    let row = pairIndex.get(x);
    if (!row) pairIndex.set(x, (row = new Map()));
    const between = row.get(y);
    if (between) between.pairs.push(p);
    else row.set(y, { pairs: [p], sentences: 0 });
  };
  for (const p of alignment.pairs) {
    if (!byId.has(p.a.source) || !byId.has(p.b.source)) continue;
    push(p.a.source, p.b.source, { a: p.a.sentence, b: p.b.sentence, score: p.score });
    push(p.b.source, p.a.source, { a: p.b.sentence, b: p.a.sentence, score: p.score });
  }
  for (const row of pairIndex.values()) {
    for (const between of row.values()) between.sentences = new Set(between.pairs.map((p) => p.a)).size;
  }
  const NONE: P[] = [];
  /** The sentence pairs of x and y, from x's side. */
  const pairsOf = (x: string, y: string) => pairIndex.get(x)?.get(y)?.pairs ?? NONE;
  /** How many of x's sentences pair with y's. */
  const sentencesWith = (x: string, y: string) => pairIndex.get(x)?.get(y)?.sentences ?? 0;
  /** How many statements x and y share: the fewer of their sentences that pair. */
  const sharedCount = (x: string, y: string) => Math.min(sentencesWith(x, y), sentencesWith(y, x));
  /** A sentence's counterparts in the other reports (the alignment's, which are all among these documents). */
  const NO_COUNTERPARTS: Counterpart[] = [];
  const counterpartsOf = (source: string, sentence: string) =>
    alignment.counterparts.get(key(source, sentence)) ?? NO_COUNTERPARTS;
  const termCache = new Map<string, ReadonlySet<string>>();
  const termsOf = (source: string, sentence: string) => {
    const k = key(source, sentence);
    let terms = termCache.get(k);
    if (!terms) termCache.set(k, (terms = new Set(statementOf(byId.get(source)!.text.get(sentence)!).terms)));
    return terms;
  };

  const related: [Doc, Doc][] = [];
  const neighbours = new Map<string, Set<string>>();
  // In any order: `related` is sorted below, and each report's neighbours are ranked where they are read (thirdsOf).
  for (const [x, row] of pairIndex) {
    for (const y of row.keys()) {
      if (byId.get(x)!.index > byId.get(y)!.index || sharedCount(x, y) < MIN_SHARED) continue;
      related.push([byId.get(x)!, byId.get(y)!]);
      for (const [p, q] of [
        [x, y],
        [y, x],
      ] as const) {
        const set = neighbours.get(p) ?? new Set();
        set.add(q);
        neighbours.set(p, set);
      }
    }
  }
  related.sort((p, q) => p[0].index - q[0].index || p[1].index - q[1].index);
  /** Whether y could follow x: y is no official readout, and x is not surely later. */
  const canFollow = (y: Doc, x: Doc) => !isPrimary(y.kind) && dateOrder(x.date, y.date) !== 'after';
  const external = new Map<string, boolean>();
  const isExternal = (a: Attribution) => {
    if (a.form !== 'statement') return false;
    let result = external.get(a.credited);
    if (result === undefined) external.set(a.credited, (result = !creditNames(a.credited, allNames)));
    return result;
  };

  /**
   * Whether `copy` keeps, in KEEPS_MIN or more of the statements it shares with `source`, content words of them that
   * `source` lacks and a third report, not later than `copy`, also has (of the THIRD_WITNESSES that share most with
   * it). Copies and edits only: a rewording's words are its own (collation.ts).
   */
  const thirdCache = new Map<string, string[]>();
  /** The reports not later than `copy` that share most with it, one more than needed (the source is left out). */
  function thirdsOf(copy: Doc): string[] {
    let list = thirdCache.get(copy.id);
    if (!list) {
      list = [...(neighbours.get(copy.id) ?? [])]
        .filter((t) => dateOrder(byId.get(t)!.date, copy.date) !== 'after')
        .sort((a, b) => sharedCount(copy.id, b) - sharedCount(copy.id, a) || byId.get(a)!.index - byId.get(b)!.index)
        .slice(0, THIRD_WITNESSES + 1);
      thirdCache.set(copy.id, list);
    }
    return list;
  }
  function keepsAgainst(copy: Doc, source: Doc): boolean {
    const thirds = new Set(
      thirdsOf(copy)
        .filter((t) => t !== source.id)
        .slice(0, THIRD_WITNESSES),
    );
    const copySentences = [...new Set(pairsOf(copy.id, source.id).map((p) => p.a))];
    let keeps = 0;
    for (const sentence of copySentences) {
      const counterparts = counterpartsOf(copy.id, sentence).filter((cp) => cp.kind !== 'reworded');
      const inSource = counterparts.filter((cp) => cp.source === source.id);
      if (inSource.length === 0) continue;
      const sourceTerms = new Set(inSource.flatMap((cp) => [...termsOf(source.id, cp.sentence)]));
      const own = [...termsOf(copy.id, sentence)].filter((t) => !sourceTerms.has(t));
      if (own.length === 0) continue;
      const found = counterparts.some(
        (cp) => thirds.has(cp.source) && own.some((t) => termsOf(cp.source, cp.sentence).has(t)),
      );
      if (found && ++keeps >= KEEPS_MIN) return true;
    }
    return false;
  }

  // Step 2: pairs that cannot have taken their shared statements from each other.
  const independent: [Doc, Doc, 'credits' | 'wording'][] = [];
  for (const [x, y] of related) {
    const pairs = pairsOf(x.id, y.id);
    const xShared = new Set(pairs.map((p) => p.a));
    const yShared = new Set(pairs.map((p) => p.b));
    const xCredits = x.attributions.filter((a) => isExternal(a) && xShared.has(a.sentence));
    const yCredits = y.attributions.filter((a) => isExternal(a) && yShared.has(a.sentence));
    const creditEachOther =
      y.attributions.some((a) => creditNames(a.credited, x.names)) ||
      x.attributions.some((a) => creditNames(a.credited, y.names));
    const order = dateOrder(x.date, y.date);
    if (xCredits.length > 0 && yCredits.length > 0 && !creditEachOther) {
      const undetermined = order === 'same-day' || order === 'overlap';
      // The later one credits the source in a statement whose counterparts in the earlier one credit nothing.
      const [early, late, lateCredits] = order === 'after' ? [y, x, xCredits] : [x, y, yCredits];
      const creditedSentences = new Set(early.attributions.filter(isExternal).map((a) => a.sentence));
      const lateOwn = lateCredits.some((a) =>
        pairsOf(late.id, early.id)
          .filter((p) => p.a === a.sentence)
          .every((p) => !creditedSentences.has(p.b)),
      );
      if (undetermined || lateOwn) {
        independent.push([x, y, 'credits']);
        continue;
      }
    }
    const xCan = canFollow(y, x);
    const yCan = canFollow(x, y);
    if (!xCan && !yCan) continue;
    if ((!xCan || keepsAgainst(y, x)) && (!yCan || keepsAgainst(x, y))) independent.push([x, y, 'wording']);
  }

  // Reports joined by independent pairs: the witnesses of one common source each.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const [x, y] of independent) {
    const [rx, ry] = [byId.get(find(x.id))!, byId.get(find(y.id))!];
    if (rx !== ry) parent.set(rx.index < ry.index ? ry.id : rx.id, rx.index < ry.index ? rx.id : ry.id);
  }
  const groups = new Map<string, Doc[]>();
  for (const [x, y] of independent) {
    for (const d of [x, y]) {
      const root = find(d.id);
      const list = groups.get(root) ?? [];
      if (!list.includes(d)) list.push(d);
      groups.set(root, list);
    }
  }

  // Step 3: statements of each common source, and the reports that follow it.
  type Readings = { witness: string; sentences: string[] }[];
  const common: { seeds: Doc[]; statements: Map<string, Readings>; primary: Doc }[] = [];
  const sentenceStatement = new Map<string, { source: number; statement: string; score: number }>();
  [...groups.values()]
    .map((g) => g.sort((a, b) => a.index - b.index))
    .sort((a, b) => a[0]!.index - b[0]!.index)
    .forEach((seeds, c) => {
      const seedIds = new Set(seeds.map((s) => s.id));
      // How many sentences each seed shares with the other seeds, summed over them (from its partners, not from
      // every seed: a common source of hundreds of witnesses).
      const shares = new Map(
        seeds.map((d) => {
          let n = 0;
          for (const [y, between] of pairIndex.get(d.id) ?? [])
            if (y !== d.id && seedIds.has(y)) n += between.sentences;
          return [d, n];
        }),
      );
      const sharesWithSeeds = (d: Doc) => shares.get(d)!;
      // The witness that shares fewest sentences writes the largest units: its sentences anchor the statements,
      // and a witness that splits one of them in two joins both halves to it. Then the next witness's sentences
      // that pair with no anchor but with another witness's unassigned sentences, and so on.
      const ranked = [...seeds].sort((a, b) => sharesWithSeeds(a) - sharesWithSeeds(b) || a.index - b.index);
      const statements = new Map<string, Readings>();
      const anchorId = new Map<string, string>();
      const placed = (d: string, sentence: string) => sentenceStatement.get(key(d, sentence))?.source === c;
      const join = (d: string, sentence: string, statement: string, score: number) => {
        const readings = statements.get(statement)!;
        const reading = readings.find((r) => r.witness === d);
        if (reading) reading.sentences.push(sentence);
        else readings.push({ witness: d, sentences: [sentence] });
        sentenceStatement.set(key(d, sentence), { source: c, statement, score });
      };
      /** The unplaced counterparts of new anchors join the anchor they pair with best. */
      const assign = (anchors: readonly string[]) => {
        const candidates = new Set<string>();
        for (const a of anchors) {
          const hash = a.lastIndexOf('#');
          for (const cp of counterpartsOf(a.slice(0, hash), a.slice(hash + 1))) {
            if (seedIds.has(cp.source) && !placed(cp.source, cp.sentence)) candidates.add(key(cp.source, cp.sentence));
          }
        }
        for (const k of [...candidates].sort()) {
          const hash = k.lastIndexOf('#');
          const [d, s] = [k.slice(0, hash), k.slice(hash + 1)];
          let best: { statement: string; score: number } | null = null;
          for (const cp of counterpartsOf(d, s)) {
            const statement = anchorId.get(key(cp.source, cp.sentence));
            if (statement !== undefined && cp.source !== d && (!best || cp.score > best.score))
              best = { statement, score: cp.score };
          }
          if (best) join(d, s, best.statement, best.score);
        }
      };
      for (const w of ranked) {
        const fresh: string[] = [];
        for (const s of w.sentences) {
          if (placed(w.id, s.id)) continue;
          const partnered = counterpartsOf(w.id, s.id).some(
            (cp) => seedIds.has(cp.source) && cp.source !== w.id && !placed(cp.source, cp.sentence),
          );
          if (!partnered) continue;
          const id = `s${anchorId.size + 1}`;
          anchorId.set(key(w.id, s.id), id);
          statements.set(id, []);
          join(w.id, s.id, id, 1);
          fresh.push(key(w.id, s.id));
        }
        assign(fresh);
      }
      // Drop anchors no other witness joined.
      for (const [id, readings] of [...statements]) {
        if (readings.length >= 2) continue;
        statements.delete(id);
        for (const r of readings) for (const x of r.sentences) sentenceStatement.delete(key(r.witness, x));
      }
      common.push({ seeds, statements, primary: ranked[0]! });
    });

  // Reports outside the seeds that make MIN_SHARED of a common source's statements follow it, or one witness.
  const followsCommon = new Map<string, Set<number>>();
  const followsWitness = new Map<string, Map<string, number>>();
  const sameCredit = (a: string, b: string) => nameWords(a).join(' ') === nameWords(b).join(' ');
  common.forEach((cs, c) => {
    for (const d of cs.seeds) followsCommon.set(d.id, (followsCommon.get(d.id) ?? new Set()).add(c));
    // For each other report, its sentences that restate each statement, with the best score.
    const made = new Map<string, Map<string, Map<string, number>>>();
    for (const [id, readings] of cs.statements) {
      for (const r of readings) {
        for (const s of r.sentences) {
          for (const cp of counterpartsOf(r.witness, s)) {
            const d = byId.get(cp.source)!;
            if (cs.seeds.includes(d) || isPrimary(d.kind)) continue;
            const byStatement = made.get(d.id) ?? new Map<string, Map<string, number>>();
            const sentences = byStatement.get(id) ?? new Map<string, number>();
            sentences.set(cp.sentence, Math.max(sentences.get(cp.sentence) ?? 0, cp.score));
            byStatement.set(id, sentences);
            made.set(d.id, byStatement);
          }
        }
      }
    }
    for (const d of docs) {
      const byStatement = made.get(d.id);
      if (!byStatement || byStatement.size < MIN_SHARED) continue;
      // A report that repeats one witness's credit or wire tag ("(IANS)", "the Ministry of Home Affairs stated"),
      // or names that witness, copies that witness: the mark of a copy. Without one, the wording cannot tell whether
      // it took the statements from the common source or through a witness, and it is drawn from the common source.
      const follows = cs.seeds.find(
        (w) =>
          dateOrder(w.date, d.date) !== 'after' &&
          d.attributions.some(
            (a) => creditNames(a.credited, w.names) || w.attributions.some((b) => sameCredit(a.credited, b.credited)),
          ),
      );
      if (follows) {
        const map = followsWitness.get(d.id) ?? new Map<string, number>();
        map.set(follows.id, c);
        followsWitness.set(d.id, map);
        continue;
      }
      followsCommon.set(d.id, (followsCommon.get(d.id) ?? new Set()).add(c));
      for (const [id, sentences] of byStatement) {
        for (const [s, score] of sentences) {
          const previous = sentenceStatement.get(key(d.id, s));
          if (!previous || score > previous.score)
            sentenceStatement.set(key(d.id, s), { source: c, statement: id, score });
        }
      }
    }
  });

  // Labels and ids of the common sources, from their witnesses' credits.
  const commonIds: string[] = [];
  const commonLabels: string[] = [];
  const commonCredits: (Attribution & { source: string })[][] = [];
  const witnessesOf = common.map((_common, c) => docs.filter((d) => followsCommon.get(d.id)?.has(c)));
  common.forEach((_common, c) => {
    const credits = witnessesOf[c]!.flatMap((d) =>
      d.attributions
        .filter((a) => isExternal(a) && sentenceStatement.get(key(d.id, a.sentence))?.source === c)
        .map((a) => ({ ...a, source: d.id })),
    );
    commonCredits.push(credits);
    const label = labelOf(credits);
    commonLabels.push(label ?? 'an unknown common source');
    // "the readout credited to the Ministry of Home Affairs" -> "readout-ministry-of-home-affairs".
    let id = label
      ? slugify(label.replace(/^(?:the|a|an) /u, '').replace(/ credited to the | the reports credit$/u, ' '))
      : 'unknown-common-source';
    if (commonIds.includes(id)) id = `${id}-${c + 1}`;
    commonIds.push(id);
  });

  // Step 4: edges. Each sentence with counterparts goes to the candidate source whose counterpart is closest.
  const edges: DerivationEdge[] = [];
  for (const y of docs) {
    if (isPrimary(y.kind)) continue;
    const carried = new Map<string, { fromCommon: boolean; shared: Map<string, string[]>; c?: number }>();
    const viaWitness = followsWitness.get(y.id) ?? new Map<string, number>();
    const yCommon = followsCommon.get(y.id) ?? new Set<number>();
    const candidate = new Map<string, boolean>();
    const isCandidate = (x: Doc) => {
      let ok = candidate.get(x.id);
      if (ok === undefined) {
        ok = x !== y && canFollow(y, x);
        // Two witnesses of one common source took their shared statements from it, not from each other.
        if (ok && [...yCommon].some((c) => followsCommon.get(x.id)?.has(c)) && !viaWitness.has(x.id)) ok = false;
        if (ok && dateOrder(x.date, y.date) !== 'before' && !viaWitness.has(x.id) && !contained(x, y)) ok = false;
        candidate.set(x.id, ok);
      }
      return ok;
    };
    for (const s of y.sentences) {
      let best: { from: string; fromCommon: boolean; statement: string; score: number; c?: number } | null = null;
      const inCommon = sentenceStatement.get(key(y.id, s.id));
      if (inCommon && yCommon.has(inCommon.source)) {
        best = {
          from: commonIds[inCommon.source]!,
          fromCommon: true,
          statement: inCommon.statement,
          score: inCommon.score,
          c: inCommon.source,
        };
      }
      for (const cp of counterpartsOf(y.id, s.id)) {
        if (!isCandidate(byId.get(cp.source)!)) continue;
        if (!best || cp.score > best.score)
          best = { from: cp.source, fromCommon: false, statement: cp.sentence, score: cp.score };
      }
      if (!best) continue;
      const entry = carried.get(best.from) ?? {
        fromCommon: best.fromCommon,
        shared: new Map<string, string[]>(),
        ...(best.c === undefined ? {} : { c: best.c }),
      };
      const list = entry.shared.get(best.statement) ?? [];
      if (!list.includes(s.id)) list.push(s.id);
      entry.shared.set(best.statement, list);
      carried.set(best.from, entry);
    }
    for (const [from, entry] of carried) {
      if (entry.shared.size < MIN_SHARED) continue;
      const sharedStatements = [...entry.shared]
        .map(([statement, to]) => ({ from: statement, to: to.sort(compareIds) }))
        .sort((a, b) => compareIds(a.from, b.from));
      const credits = entry.fromCommon
        ? y.attributions.filter(
            (a) => isExternal(a) && sentenceStatement.get(key(y.id, a.sentence))?.source === entry.c,
          )
        : y.attributions.filter((a) => creditNames(a.credited, byId.get(from)!.names));
      edges.push({
        from,
        to: y.id,
        fromCommon: entry.fromCommon,
        statements: entry.shared.size,
        shared: sharedStatements,
        basis: entry.fromCommon ? commonBasis(y) : reportBasis(byId.get(from)!, y),
        credited: credits.length > 0,
        credits,
      });
    }
  }

  function contained(x: Doc, y: Doc): boolean {
    const order = dateOrder(x.date, y.date);
    if (order === 'before' || order === 'after') return false;
    const pairs = pairsOf(x.id, y.id);
    const xIn = new Set(pairs.map((p) => p.a)).size / Math.max(1, x.sentences.length);
    const yIn = new Set(pairs.map((p) => p.b)).size / Math.max(1, y.sentences.length);
    return xIn >= CONTAINED_SHARE && yIn < CONTAINED_SHARE;
  }
  function reportBasis(x: Doc, y: Doc): EdgeBasis {
    if (followsWitness.get(y.id)?.has(x.id)) return 'copy';
    return dateOrder(x.date, y.date) === 'before' ? 'date' : 'containment';
  }
  function commonBasis(y: Doc): EdgeBasis {
    return common.some((cs) => cs.seeds.includes(y)) ? 'witness' : 'statements';
  }

  // Undetermined pairs: related, with no edge between them and no common source to explain them.
  const undetermined: UndeterminedPair[] = [];
  const linked = new Set(edges.filter((e) => !e.fromCommon).flatMap((e) => [`${e.from}|${e.to}`, `${e.to}|${e.from}`]));
  for (const [x, y] of related) {
    if (linked.has(`${x.id}|${y.id}`)) continue;
    if ([...(followsCommon.get(x.id) ?? [])].some((c) => followsCommon.get(y.id)?.has(c))) continue;
    if (isPrimary(x.kind) && isPrimary(y.kind)) continue;
    const order = dateOrder(x.date, y.date);
    if (order === 'before' || order === 'after') continue;
    undetermined.push({ a: x.id, b: y.id, statements: sharedCount(x.id, y.id), dates: order });
  }

  // Step 5: the common sources, reconstructed over their direct witnesses.
  const byStatement = new Map<string, Map<string, string[]>>();
  for (const [k, at] of sentenceStatement) {
    const hash = k.lastIndexOf('#');
    const [source, sentence] = [k.slice(0, hash), k.slice(hash + 1)];
    if (!followsCommon.get(source)?.has(at.source)) continue;
    const sk = `${at.source}|${at.statement}`;
    const witnesses = byStatement.get(sk) ?? new Map<string, string[]>();
    witnesses.set(source, [...(witnesses.get(source) ?? []), sentence]);
    byStatement.set(sk, witnesses);
  }
  const renumbered = new Map<string, string>();
  const commonSources: CommonSource[] = common.map((cs, c) => {
    const witnesses = witnessesOf[c]!;
    const order = [cs.primary, ...cs.seeds.filter((x) => x !== cs.primary)];
    // Statements in the order of the witness whose sentences anchor them, then of the others.
    const place = (id: string) => {
      const readings = cs.statements.get(id)!;
      for (const [rank, w] of order.entries()) {
        const r = readings.find((x) => x.witness === w.id);
        if (r) return [rank, Math.min(...r.sentences.map((s) => w.position.get(s)!))] as const;
      }
      return [Infinity, 0] as const;
    };
    const places = new Map([...cs.statements.keys()].map((id) => [id, place(id)]));
    const ordered = [...cs.statements.keys()].sort((a, b) => {
      const [pa, sa] = places.get(a)!;
      const [pb, sb] = places.get(b)!;
      return pa - pb || sa - sb;
    });
    const statements: ReconstructedStatement[] = [];
    for (const id of ordered) {
      const found = byStatement.get(`${c}|${id}`) ?? new Map<string, string[]>();
      const readings: WitnessReading[] = witnesses
        .filter((w) => found.has(w.id))
        .map((w) => {
          const sentences = found.get(w.id)!.sort((a, b) => w.position.get(a)! - w.position.get(b)!);
          return { source: w.id, sentences, text: sentences.map((s) => w.text.get(s)!).join(' '), reworded: false };
        });
      if (readings.length < 2) continue;
      const inReading = new Map(readings.map((r) => [r.source, new Set(r.sentences)]));
      const others = (r: WitnessReading, s: string) =>
        counterpartsOf(r.source, s).filter(
          (cp) => cp.source !== r.source && inReading.get(cp.source)?.has(cp.sentence) === true,
        );
      const close = (r: WitnessReading, s: string) =>
        others(r, s).some((cp) => cp.score >= VOTE_SCORE || cp.kind !== 'reworded');
      // A reading is reworded when it is reworded against every other reading (alignment.ts, kindOf).
      for (const r of readings)
        r.reworded = !r.sentences.some((s) => others(r, s).some((cp) => cp.kind !== 'reworded'));
      // Of a reading spread over several sentences, those that restate the statement closely vote (a lede that only
      // mentions it does not): copied or edited against another reading, or scored VOTE_SCORE or more. At most
      // VOTERS readings vote, in the dossier's order, so that a statement copied by hundreds costs no more.
      let voters = 0;
      const collation = collate(
        readings.map((r) => {
          // A reading that does not vote is only listed: its text as it is.
          if (r.reworded || voters >= VOTERS) return { witness: r.source, text: r.text, reworded: true };
          voters++;
          const closeOnes = r.sentences.filter((s) => close(r, s));
          const sentences = closeOnes.length > 0 ? closeOnes : r.sentences;
          const doc = byId.get(r.source)!;
          return {
            witness: r.source,
            text: sentences.map((s) => doc.text.get(s)!).join(' '),
            reworded: false,
            parts: sentences.length,
          };
        }),
      );
      const number = statementAnchor(statements.length + 1);
      renumbered.set(`${c}|${id}`, number);
      statements.push({ id: number, ...collation, readings });
    }
    return {
      id: commonIds[c]!,
      label: commonLabels[c]!,
      attributions: commonCredits[c]!,
      witnesses: witnesses.map((w) => w.id),
      statements,
      basis: [
        ...new Set(independent.filter(([x, y]) => cs.seeds.includes(x) && cs.seeds.includes(y)).map((r) => r[2])),
      ].sort(),
      seeds: cs.seeds.map((d) => d.id),
    };
  });

  // Edges from a common source name its statements by the reconstruction's numbers.
  for (const e of edges) {
    if (!e.fromCommon) continue;
    const c = commonIds.indexOf(e.from);
    e.shared = e.shared
      .flatMap((s) => {
        const number = renumbered.get(`${c}|${s.from}`);
        return number === undefined ? [] : [{ from: number, to: s.to }];
      })
      .sort((a, b) => compareIds(a.from, b.from));
    e.statements = e.shared.length;
  }
  const kept = edges.filter((e) => e.statements >= MIN_SHARED);
  kept.sort(
    (a, b) =>
      byId.get(a.to)!.index - byId.get(b.to)!.index || b.statements - a.statements || a.from.localeCompare(b.from),
  );

  const reports: ReportDerivation[] = docs.map((d) => {
    const sources = kept.filter((e) => e.to === d.id);
    return {
      id: d.id,
      follows: sources[0] ?? null,
      sources,
      attributions: d.attributions,
      undetermined: undetermined.filter((u) => u.a === d.id || u.b === d.id),
    };
  });
  return { commonSources, edges: kept, undetermined, reports };
}

/**
 * Each report's sentences that read a statement of a common source it follows (a witness's readings in the
 * reconstruction), by report: what the report restates of a text the dossier lacks.
 */
export function commonSourceReadings(derivation: Pick<Derivation, 'commonSources'>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const common of derivation.commonSources) {
    for (const statement of common.statements) {
      for (const reading of statement.readings) {
        let sentences = out.get(reading.source);
        if (!sentences) out.set(reading.source, (sentences = new Set()));
        for (const sentence of reading.sentences) sentences.add(sentence);
      }
    }
  }
  return out;
}

/**
 * The name of a common source from its witnesses' credits: the organisation named with most capitals ("the
 * Ministry of Home Affairs" rather than "the Union home ministry"), and the document most credits call it
 * ("readout"). Null when no credit names an organisation or a document.
 */
export function labelOf(credits: readonly { credited: string }[]): string | null {
  if (credits.length === 0) return null;
  const documents = new Map<string, number>();
  let organisation: { name: string; capitals: number } | null = null;
  for (const { credited } of credits) {
    const words = nameWords(credited);
    for (const w of words) if (DOCUMENT_NOUNS.has(w)) documents.set(w, (documents.get(w) ?? 0) + 1);
    // The organisation: what follows "from"/"of"/"by" after a document noun, else the whole phrase without it.
    const stripped = credited
      .replace(/^(?:the|a|an)\s+/iu, '')
      .replace(/^.*?\b(?:readout|statement|release|communiqu[eé]|bulletin)s?\b\s*(?:from|of|by|issued by)?\s*/iu, '')
      .replace(/^(?:the|a|an)\s+/iu, '')
      .trim();
    if (stripped === '' || !/\p{L}{3}/u.test(stripped)) continue;
    const capitals = stripped.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitals > 0 && (!organisation || capitals > organisation.capitals))
      organisation = { name: stripped, capitals };
  }
  const document = [...documents].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (organisation && document) return `the ${document} credited to the ${organisation.name}`;
  if (organisation) return `a text credited to the ${organisation.name}`;
  if (document) return `the ${document} the reports credit`;
  return null;
}
