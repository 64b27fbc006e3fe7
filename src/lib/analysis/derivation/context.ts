/**
 * Step 1 of the derivation: the context every later step reads. The reports with their credits, the pairs of
 * sentences of every pair of reports indexed both ways once, which reports are related (MIN_SHARED statements or
 * more), and which could follow which by dates and kinds.
 */
import { type Alignment, type Counterpart, sentenceKey as key, statementOf } from '../alignment/index.ts';
import { type Attribution, findAttributions } from '../../text/attributions.ts';
import { dateOrder } from '../../content/dates.ts';
import { CREDIT_MIN_SHARED, type DerivationDocument, MIN_SHARED, isPrimary } from './types.ts';

export interface Doc extends DerivationDocument {
  index: number;
  attributions: Attribution[];
  position: Map<string, number>;
  text: Map<string, string>;
}

/** A pair of sentences, from one report's side: `a` is its sentence, `b` the other's. */
export interface SentencePair {
  a: string;
  b: string;
  score: number;
}
interface Between {
  pairs: SentencePair[];
  sentences: number;
}

export interface Context {
  docs: Doc[];
  byId: Map<string, Doc>;
  alignment: Alignment;
  /** Related pairs [x, y], x before y in the dossier's order. */
  related: [Doc, Doc][];
  /** Pairs [x, y] sharing CREDIT_MIN_SHARED statements or more, x before y: related, if both credit one body. */
  loose: [Doc, Doc][];
  /** Each report's related reports. */
  neighbours: Map<string, Set<string>>;
  /** The sentence pairs of x and y, from x's side. */
  pairsOf(x: string, y: string): readonly SentencePair[];
  /** How many of x's sentences pair with y's. */
  sentencesWith(x: string, y: string): number;
  /** How many statements x and y share: the fewer of their sentences that pair. */
  sharedCount(x: string, y: string): number;
  /** The reports any of x's sentences pair with (sharedCount is 0 with every other). */
  pairedWith(x: string): Iterable<string>;
  /** A sentence's counterparts in the other reports. */
  counterpartsOf(source: string, sentence: string): readonly Counterpart[];
  /** The statement terms of a sentence (alignment.ts), worked out once. */
  termsOf(source: string, sentence: string): ReadonlySet<string>;
  /** Whether y could follow x: y is no official readout, and x is not surely later. */
  canFollow(y: Doc, x: Doc): boolean;
  /** Each copy's original (copies.ts); empty until that step. */
  copyOf: Map<string, string>;
}

const NONE: SentencePair[] = [];
const NO_COUNTERPARTS: Counterpart[] = [];
const NO_REPORTS: string[] = [];

function indexPairs(byId: Map<string, Doc>, alignment: Alignment): Map<string, Map<string, Between>> {
  const index = new Map<string, Map<string, Between>>();
  const push = (x: string, y: string, p: SentencePair) => {
    let row = index.get(x);
    if (!row) index.set(x, (row = new Map()));
    const between = row.get(y);
    if (between) between.pairs.push(p);
    else row.set(y, { pairs: [p], sentences: 0 });
  };
  for (const p of alignment.pairs) {
    if (!byId.has(p.a.source) || !byId.has(p.b.source)) continue;
    push(p.a.source, p.b.source, { a: p.a.sentence, b: p.b.sentence, score: p.score });
    push(p.b.source, p.a.source, { a: p.b.sentence, b: p.a.sentence, score: p.score });
  }
  for (const row of index.values()) {
    for (const between of row.values()) between.sentences = new Set(between.pairs.map((p) => p.a)).size;
  }
  return index;
}

function relate(ctx: Omit<Context, 'related' | 'neighbours' | 'loose'>, index: Map<string, Map<string, Between>>) {
  const related: [Doc, Doc][] = [];
  const loose: [Doc, Doc][] = [];
  const neighbours = new Map<string, Set<string>>();
  for (const [x, row] of index) {
    for (const y of row.keys()) {
      if (ctx.byId.get(x)!.index > ctx.byId.get(y)!.index) continue;
      const shared = ctx.sharedCount(x, y);
      if (shared >= CREDIT_MIN_SHARED && shared < MIN_SHARED) loose.push([ctx.byId.get(x)!, ctx.byId.get(y)!]);
      if (shared < MIN_SHARED) continue;
      related.push([ctx.byId.get(x)!, ctx.byId.get(y)!]);
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
  const order = (p: [Doc, Doc], q: [Doc, Doc]) => p[0].index - q[0].index || p[1].index - q[1].index;
  return { related: related.sort(order), loose: loose.sort(order), neighbours };
}

/** The context of one derivation: `documents` in the dossier's order (by date). */
export function buildContext(documents: readonly DerivationDocument[], alignment: Alignment): Context {
  const docs: Doc[] = documents.map((d, index) => ({
    ...d,
    index,
    attributions: findAttributions(d.sentences),
    position: new Map(d.sentences.map((s, i) => [s.id, i])),
    text: new Map(d.sentences.map((s) => [s.id, s.text])),
  }));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = indexPairs(byId, alignment);
  const sentencesWith = (x: string, y: string) => index.get(x)?.get(y)?.sentences ?? 0;
  // Each report's sentences' counterparts and terms by report, then sentence: asked for again and again, a key
  // joining the two made and hashed at every ask was a measured cost at a thousand reports.
  const counterpartsBy = new Map<string, Map<string, Counterpart[]>>();
  for (const d of docs) {
    const row = new Map<string, Counterpart[]>();
    for (const sentence of d.sentences) {
      row.set(sentence.id, alignment.counterparts.get(key(d.id, sentence.id)) ?? NO_COUNTERPARTS);
    }
    counterpartsBy.set(d.id, row);
  }
  const termCache = new Map<string, Map<string, ReadonlySet<string>>>();
  const base = {
    docs,
    byId,
    alignment,
    pairsOf: (x: string, y: string) => index.get(x)?.get(y)?.pairs ?? NONE,
    sentencesWith,
    sharedCount: (x: string, y: string) => Math.min(sentencesWith(x, y), sentencesWith(y, x)),
    pairedWith: (x: string) => index.get(x)?.keys() ?? NO_REPORTS,
    counterpartsOf: (source: string, sentence: string) =>
      counterpartsBy.get(source)?.get(sentence) ?? alignment.counterparts.get(key(source, sentence)) ?? NO_COUNTERPARTS,
    termsOf(source: string, sentence: string) {
      let row = termCache.get(source);
      if (!row) termCache.set(source, (row = new Map()));
      let terms = row.get(sentence);
      if (!terms) row.set(sentence, (terms = new Set(statementOf(byId.get(source)!.text.get(sentence)!).terms)));
      return terms;
    },
    canFollow: (y: Doc, x: Doc) => !isPrimary(y.kind) && dateOrder(x.date, y.date) !== 'after',
    copyOf: new Map<string, string>(),
  };
  return { ...base, ...relate(base, index) };
}

/** Whether report `d` is the copy of another report of the dossier (copies.ts). */
export function isCopy(ctx: Context, d: Doc | string): boolean {
  return ctx.copyOf.has(typeof d === 'string' ? d : d.id);
}
