/**
 * Step 5 of the derivation: each common source's statements, in the order of the seed that keeps them best, with
 * who reads each (its direct witnesses, their sentences, and whether each only rewords it). Nothing is collated
 * here: the reconstruction the site shows (collation/given.ts, commonReconstruction) collates these readings once,
 * with the witnesses ranked and copies counted once.
 */
import { compareIds, parseSentenceKey, sentenceKey } from '../alignment/index.ts';
import { rankWitnesses } from '../collation/index.ts';
import type { CommonGroup, Commons } from './common.ts';
import type { Context, Doc } from './context.ts';
import type { CommonNames } from './labels.ts';
import {
  type CommonReading,
  type CommonSource,
  type CommonStatement,
  type DerivationEdge,
  statementAnchor,
} from './types.ts';
import type { IndependentPair } from './independence.ts';

/** By "c|statement", each witness's sentences that make it. */
function sentencesByStatement(commons: Commons): Map<string, Map<string, string[]>> {
  const byStatement = new Map<string, Map<string, string[]>>();
  for (const [k, at] of commons.sentenceStatement) {
    const { source, sentence } = parseSentenceKey(k);
    if (!commons.followsCommon.get(source)?.has(at.source)) continue;
    const sk = `${at.source}|${at.statement}`;
    const witnesses = byStatement.get(sk) ?? new Map<string, string[]>();
    witnesses.set(source, [...(witnesses.get(source) ?? []), sentence]);
    byStatement.set(sk, witnesses);
  }
  return byStatement;
}

/**
 * The statements in the order of the seed that keeps them most closely (the collation's ranking of witnesses: how
 * many statements a seed reads and how alike its readings are to the others'; a condensed or reordered one ranks
 * lower); a statement it lacks goes by the next seed's order. A reading spread over several sentences stands where
 * its closest sentence does (a lede that also mentions the point does not move it to the top).
 */
function orderStatements(group: CommonGroup, scoreOf: (witness: string, sentence: string) => number): string[] {
  const seeds = new Map(group.seeds.map((d) => [d.id, d]));
  const seedReadings = [...group.statements.values()].map((rs) =>
    rs
      .filter((r) => seeds.has(r.witness))
      .map((r) => ({
        witness: r.witness,
        text: r.sentences.map((x) => seeds.get(r.witness)!.text.get(x) ?? '').join(' '),
        reworded: false,
      })),
  );
  const order = rankWitnesses(seedReadings).flatMap((r) => seeds.get(r.witness) ?? []);
  const place = (id: string) => {
    const readings = group.statements.get(id)!;
    for (const [rank, w] of order.entries()) {
      const r = readings.find((x) => x.witness === w.id);
      if (!r) continue;
      const closest = r.sentences.reduce((a, b) => (scoreOf(w.id, b) > scoreOf(w.id, a) ? b : a));
      return [rank, w.position.get(closest)!] as const;
    }
    return [Infinity, 0] as const;
  };
  const places = new Map([...group.statements.keys()].map((id) => [id, place(id)]));
  return [...group.statements.keys()].sort((a, b) => {
    const [pa, sa] = places.get(a)!;
    const [pb, sb] = places.get(b)!;
    return pa - pb || sa - sb;
  });
}

/**
 * One statement's readings: each witness that makes it, with its sentences in reading order, and whether it only
 * rewords it (it is reworded against every other reading: alignment.ts, kindOf); null with fewer than two. The
 * derivation collates nothing: the reconstruction (collation/reconstruct.ts) does, from these readings.
 */
function readStatement(ctx: Context, witnesses: readonly Doc[], found: Map<string, string[]>): CommonReading[] | null {
  const readings: CommonReading[] = witnesses
    .filter((w) => found.has(w.id))
    .map((w) => ({
      source: w.id,
      sentences: found.get(w.id)!.sort((a, b) => w.position.get(a)! - w.position.get(b)!),
      reworded: false,
    }));
  if (readings.length < 2) return null;
  const inReading = new Map(readings.map((r) => [r.source, new Set(r.sentences)]));
  const closeToAnother = (r: CommonReading, s: string) =>
    ctx
      .counterpartsOf(r.source, s)
      .some(
        (cp) => cp.source !== r.source && cp.kind !== 'reworded' && inReading.get(cp.source)?.has(cp.sentence) === true,
      );
  for (const r of readings) r.reworded = !r.sentences.some((s) => closeToAnother(r, s));
  return readings;
}

/** The common sources with their statements and readings; `edges` from them renamed to the statements' numbers. */
export function reconstruct(
  ctx: Context,
  commons: Commons,
  names: CommonNames,
  independent: readonly IndependentPair[],
  edges: DerivationEdge[],
): CommonSource[] {
  const byStatement = sentencesByStatement(commons);
  const renumbered = new Map<string, string>();
  const sources = commons.groups.map((group, c): CommonSource => {
    const witnesses = names.witnesses[c]!.map((id) => ctx.byId.get(id)!);
    const statements: CommonStatement[] = [];
    const scoreOf = (w: string, sentence: string) =>
      commons.sentenceStatement.get(sentenceKey(w, sentence))?.score ?? 0;
    for (const id of orderStatements(group, scoreOf)) {
      const readings = readStatement(ctx, witnesses, byStatement.get(`${c}|${id}`) ?? new Map());
      if (!readings) continue;
      const number = statementAnchor(statements.length + 1);
      renumbered.set(`${c}|${id}`, number);
      statements.push({ id: number, readings });
    }
    const found = independent.filter(([x, y]) => group.seeds.includes(x) && group.seeds.includes(y));
    return {
      id: names.ids[c]!,
      label: names.labels[c]!,
      attributions: names.credits[c]!,
      witnesses: names.witnesses[c]!,
      statements,
      basis: [...new Set(found.map((r) => r[2]))].sort(),
      seeds: group.seeds.map((d) => d.id),
    };
  });
  for (const e of edges) {
    if (!e.fromCommon) continue;
    const c = names.ids.indexOf(e.from);
    e.shared = e.shared
      .flatMap((s) => {
        const number = renumbered.get(`${c}|${s.from}`);
        return number === undefined ? [] : [{ from: number, to: s.to }];
      })
      .sort((a, b) => compareIds(a.from, b.from));
    e.statements = e.shared.length;
  }
  return sources;
}
