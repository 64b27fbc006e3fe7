/**
 * Step 5 of the derivation: each statement of a common source collated word by word over its direct witnesses
 * (collation.ts). Of a reading spread over several sentences, those that restate the statement closely vote (a
 * lede that only mentions it does not); at most VOTERS readings vote, in the dossier's order.
 */
import { compareIds, parseSentenceKey, sentenceKey } from '../alignment/index.ts';
import { collate, rankWitnesses } from '../collation/index.ts';
import type { CommonGroup, Commons } from './common.ts';
import type { Context, Doc } from './context.ts';
import type { CommonNames } from './labels.ts';
import {
  type CommonSource,
  type DerivationEdge,
  type ReconstructedStatement,
  VOTERS,
  VOTE_SCORE,
  type WitnessReading,
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

/** One statement's collation over its readings, or null with fewer than two. */
function collateStatement(ctx: Context, witnesses: readonly Doc[], found: Map<string, string[]>) {
  const readings: WitnessReading[] = witnesses
    .filter((w) => found.has(w.id))
    .map((w) => {
      const sentences = found.get(w.id)!.sort((a, b) => w.position.get(a)! - w.position.get(b)!);
      return { source: w.id, sentences, text: sentences.map((s) => w.text.get(s)!).join(' '), reworded: false };
    });
  if (readings.length < 2) return null;
  const inReading = new Map(readings.map((r) => [r.source, new Set(r.sentences)]));
  const others = (r: WitnessReading, s: string) =>
    ctx
      .counterpartsOf(r.source, s)
      .filter((cp) => cp.source !== r.source && inReading.get(cp.source)?.has(cp.sentence) === true);
  const close = (r: WitnessReading, s: string) =>
    others(r, s).some((cp) => cp.score >= VOTE_SCORE || cp.kind !== 'reworded');
  // A reading is reworded when it is reworded against every other reading (alignment.ts, kindOf).
  for (const r of readings) r.reworded = !r.sentences.some((s) => others(r, s).some((cp) => cp.kind !== 'reworded'));
  let voters = 0;
  const collation = collate(
    readings.map((r) => {
      if (r.reworded || voters >= VOTERS) return { witness: r.source, text: r.text, reworded: true };
      voters++;
      const closeOnes = r.sentences.filter((s) => close(r, s));
      const sentences = closeOnes.length > 0 ? closeOnes : r.sentences;
      const doc = ctx.byId.get(r.source)!;
      const text = sentences.map((s) => doc.text.get(s)!).join(' ');
      return { witness: r.source, text, reworded: false, parts: sentences.length };
    }),
  );
  return { ...collation, readings };
}

/** The common sources, reconstructed; `edges` from them renamed to the reconstruction's statement numbers. */
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
    const statements: ReconstructedStatement[] = [];
    const scoreOf = (w: string, sentence: string) =>
      commons.sentenceStatement.get(sentenceKey(w, sentence))?.score ?? 0;
    for (const id of orderStatements(group, scoreOf)) {
      const collated = collateStatement(ctx, witnesses, byStatement.get(`${c}|${id}`) ?? new Map());
      if (!collated) continue;
      const number = statementAnchor(statements.length + 1);
      renumbered.set(`${c}|${id}`, number);
      statements.push({ id: number, ...collated });
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
