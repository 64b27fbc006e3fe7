/**
 * Step 3 of the derivation: the statements of each common source, and the reports that follow it.
 *
 * A common source's statements are the sentences its seeds share, grouped around the sentences of the seed that
 * shares fewest (it writes the largest units); every seed's sentences join the statement they align with best, so
 * that a seed that splits one statement in two gives both halves to it. A report outside the seeds that makes
 * MIN_SHARED of these statements follows the common source too, unless it repeats one seed's own credit or wire
 * tag, or names it: then it follows that seed. Never a copy, an official readout, or a report dated before every
 * report that credits the common source (a preview published before the talks restates nothing said at them).
 */
import { parseSentenceKey, sentenceKey as key } from '../alignment/index.ts';
import { dateOrder } from '../../content/dates.ts';
import { type Context, type Doc, isCopy } from './context.ts';
import type { Credits } from './credits.ts';
import { heldIn } from './held.ts';
import { CREDIT_MIN_SHARED, HOLDS_SHARE, MIN_SHARED, isPrimary } from './types.ts';

export type Readings = { witness: string; sentences: string[] }[];

export interface CommonGroup {
  seeds: Doc[];
  statements: Map<string, Readings>;
  /** The earliest seed that credits it (else the earliest seed): nothing dated before it follows it. */
  earliest: Doc;
}

export interface Commons {
  groups: CommonGroup[];
  /** Each sentence (sentenceKey) that makes a statement of a common source: which, and how closely. */
  sentenceStatement: Map<string, { source: number; statement: string; score: number }>;
  /** The common sources each report follows, by their index in `groups`. */
  followsCommon: Map<string, Set<number>>;
  /** Each report that follows one seed of a common source rather than the common source. */
  followsWitness: Map<string, Map<string, number>>;
}

const split = (k: string): [string, string] => {
  const { source, sentence } = parseSentenceKey(k);
  return [source, sentence];
};

/** Anchors a group's statements on its seeds' sentences (see the module comment). */
function anchorStatements(ctx: Context, commons: Commons, seeds: Doc[], c: number): CommonGroup {
  const seedIds = new Set(seeds.map((s) => s.id));
  const shares = new Map(
    seeds.map((d) => [d, [...seedIds].reduce((n, y) => n + (y === d.id ? 0 : ctx.sentencesWith(d.id, y)), 0)]),
  );
  const ranked = [...seeds].sort((a, b) => shares.get(a)! - shares.get(b)! || a.index - b.index);
  const statements = new Map<string, Readings>();
  const anchorId = new Map<string, string>();
  const placed = (d: string, sentence: string) => commons.sentenceStatement.get(key(d, sentence))?.source === c;
  const join = (d: string, sentence: string, statement: string, score: number) => {
    const readings = statements.get(statement)!;
    const reading = readings.find((r) => r.witness === d);
    if (reading) reading.sentences.push(sentence);
    else readings.push({ witness: d, sentences: [sentence] });
    commons.sentenceStatement.set(key(d, sentence), { source: c, statement, score });
  };
  const assign = (anchors: readonly string[]) => {
    const candidates = new Set<string>();
    for (const a of anchors) {
      for (const cp of ctx.counterpartsOf(...split(a)))
        if (seedIds.has(cp.source) && !placed(cp.source, cp.sentence)) candidates.add(key(cp.source, cp.sentence));
    }
    for (const k of [...candidates].sort()) {
      const [d, s] = split(k);
      let best: { statement: string; score: number } | null = null;
      for (const cp of ctx.counterpartsOf(d, s)) {
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
      const partnered = ctx
        .counterpartsOf(w.id, s.id)
        .some((cp) => seedIds.has(cp.source) && cp.source !== w.id && !placed(cp.source, cp.sentence));
      if (!partnered) continue;
      const id = `s${anchorId.size + 1}`;
      anchorId.set(key(w.id, s.id), id);
      statements.set(id, []);
      join(w.id, s.id, id, 1);
      fresh.push(key(w.id, s.id));
    }
    assign(fresh);
  }
  // Drop anchors no other seed joined.
  for (const [id, readings] of [...statements]) {
    if (readings.length >= 2) continue;
    statements.delete(id);
    for (const r of readings) for (const x of r.sentences) commons.sentenceStatement.delete(key(r.witness, x));
  }
  return { seeds, statements, earliest: seeds[0]! };
}

/** For each report outside the seeds, its sentences that restate each statement of group c, with the best score. */
function madeBy(ctx: Context, group: CommonGroup): Map<string, Map<string, Map<string, number>>> {
  const made = new Map<string, Map<string, Map<string, number>>>();
  const isSeed = new Set(group.seeds);
  for (const [id, readings] of group.statements) {
    for (const r of readings) {
      for (const s of r.sentences) {
        for (const cp of ctx.counterpartsOf(r.witness, s)) {
          const d = ctx.byId.get(cp.source)!;
          if (isSeed.has(d) || isPrimary(d.kind) || isCopy(ctx, d)) continue;
          if (dateOrder(d.date, group.earliest.date) === 'before') continue;
          const byStatement = made.get(d.id) ?? new Map<string, Map<string, number>>();
          const sentences = byStatement.get(id) ?? new Map<string, number>();
          sentences.set(cp.sentence, Math.max(sentences.get(cp.sentence) ?? 0, cp.score));
          byStatement.set(id, sentences);
          made.set(d.id, byStatement);
        }
      }
    }
  }
  return made;
}

/** The reports outside the seeds that follow group c, or one of its seeds. */
function addFollowers(ctx: Context, credits: Credits, commons: Commons, c: number): void {
  const group = commons.groups[c]!;
  for (const d of group.seeds) commons.followsCommon.set(d.id, (commons.followsCommon.get(d.id) ?? new Set()).add(c));
  const made = madeBy(ctx, group);
  for (const d of ctx.docs) {
    const byStatement = made.get(d.id);
    if (!byStatement || byStatement.size < MIN_SHARED) continue;
    // A report that repeats one seed's credit or wire tag, or names that seed, follows that seed: the mark of a copy.
    const follows = group.seeds.find(
      (w) =>
        dateOrder(w.date, d.date) !== 'after' &&
        d.attributions.some(
          (a) =>
            credits.names(a, w) ||
            w.attributions.some((b) => a.form !== 'person' && credits.same(a.credited, b.credited)),
        ),
    );
    if (follows) {
      const map = commons.followsWitness.get(d.id) ?? new Map<string, number>();
      map.set(follows.id, c);
      commons.followsWitness.set(d.id, map);
      continue;
    }
    commons.followsCommon.set(d.id, (commons.followsCommon.get(d.id) ?? new Set()).add(c));
    for (const [id, sentences] of byStatement) {
      for (const [s, score] of sentences) {
        const previous = commons.sentenceStatement.get(key(d.id, s));
        if (!previous || score > previous.score)
          commons.sentenceStatement.set(key(d.id, s), { source: c, statement: id, score });
      }
    }
  }
}

/**
 * The seeds of each group not dated before its first seed that credits the absent source (a preview published
 * before the talks restates nothing said at them); groups left with fewer than two seeds are dropped.
 */
export function boundByCredits(credits: Credits, groups: readonly Doc[][]): Doc[][] {
  return groups
    .map((seeds) => {
      const crediting = seeds.find((d) => d.attributions.some((a) => credits.isExternal(a)));
      return crediting ? seeds.filter((d) => dateOrder(d.date, crediting.date) !== 'before') : seeds;
    })
    .filter((seeds) => seeds.length >= 2);
}

/**
 * Each group with the reports it cannot do without: a report, no copy or official readout and not dated before
 * the group's first crediting seed, that shares statements with two seeds or more, whose shared sentences the
 * seeds together hold (HOLDS_SHARE) and no single report not later than it holds. No report of the dossier can be
 * its source, and the absent text the seeds witness holds all it shares: it is a witness too.
 */
export function joinWitnesses(ctx: Context, credits: Credits, groups: readonly Doc[][]): Doc[][] {
  return groups.map((seeds) => {
    const crediting = seeds.find((d) => d.attributions.some((a) => credits.isExternal(a)));
    const joined = [...seeds];
    const isSeed = new Set(seeds);
    // Only a report that pairs with two seeds or more can have two partners: found from the seeds' side, since
    // most reports pair with none of a group's seeds.
    const seedsPaired = new Map<string, number>();
    for (const s of seeds) for (const x of ctx.pairedWith(s.id)) seedsPaired.set(x, (seedsPaired.get(x) ?? 0) + 1);
    for (const y of ctx.docs) {
      if ((seedsPaired.get(y.id) ?? 0) < 2) continue;
      if (isSeed.has(y) || isPrimary(y.kind) || isCopy(ctx, y)) continue;
      if (crediting && dateOrder(y.date, crediting.date) === 'before') continue;
      const partnerIds = new Set(
        seeds
          .filter((s) => ctx.sharedCount(y.id, s.id) >= CREDIT_MIN_SHARED && dateOrder(s.date, y.date) !== 'after')
          .map((s) => s.id),
      );
      if (partnerIds.size < 2) continue;
      const { held, shared } = heldIn(ctx, y);
      const single = [...held].some(
        ([x, n]) => n >= HOLDS_SHARE * shared && dateOrder(ctx.byId.get(x)!.date, y.date) !== 'after',
      );
      if (single) continue;
      const together = y.sentences.filter((s) =>
        ctx.counterpartsOf(y.id, s.id).some((cp) => partnerIds.has(cp.source)),
      ).length;
      if (together >= HOLDS_SHARE * shared) joined.push(y);
    }
    return joined.sort((a, b) => a.index - b.index);
  });
}

/** The statements and followers of the common sources whose seeds are `groups`. */
export function commonSources(ctx: Context, credits: Credits, groups: readonly Doc[][]): Commons {
  const commons: Commons = {
    groups: [],
    sentenceStatement: new Map(),
    followsCommon: new Map(),
    followsWitness: new Map(),
  };
  groups.forEach((seeds, c) => {
    const group = anchorStatements(ctx, commons, seeds, c);
    const crediting = seeds.find((d) => d.attributions.some((a) => credits.isExternal(a)));
    commons.groups.push({ ...group, earliest: crediting ?? seeds[0]! });
    addFollowers(ctx, credits, commons, c);
  });
  return commons;
}
