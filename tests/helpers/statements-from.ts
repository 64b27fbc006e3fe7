/**
 * For the collation's tests: statements grouped from hand-labelled counterparts, so that a test of the reconstruction
 * (src/lib/analysis/collation/reconstruct.ts) can give it statements without running the derivation, which finds them
 * on a real dossier (src/lib/analysis/derivation/common.ts). The statements of a text, from its witnesses alone: each sentence
 * of an anchor witness that another witness copies or edits is a statement, and the other witnesses' sentences join
 * the one they pair with best (so that a witness that splits a statement in two gives both halves to it); a rewording
 * joins its best counterpart's statement. Order follows the witnesses: the best-ranked witness's order,
 * and each statement another witness adds goes after the one it follows in that witness.
 */
import { parseSentenceKey } from '../../src/lib/analysis/alignment/index.ts';
import type { StatementReading, WitnessText } from '../../src/lib/analysis/collation/index.ts';

/** A sentence's counterparts in other reports (the alignment's), with whether they reword each other. */
export type CounterpartsOf = (
  witness: string,
  sentence: string,
) => readonly { source: string; sentence: string; kind: string }[];

/** See the module comment. `witnesses` in the dossier's order; the statements in the text's order. */
export function statementsFrom(
  witnesses: readonly WitnessText[],
  counterpartsOf: CounterpartsOf,
): StatementReading[][] {
  const ids = new Set(witnesses.map((w) => w.id));
  const node = (w: string, s: string) => `${w}#${s}`;
  const known = new Set(witnesses.flatMap((w) => w.sentences.map((s) => node(w.id, s.id))));
  const partnersOf = new Map<string, ReturnType<CounterpartsOf>>();
  /** A sentence's counterparts among the witnesses, found once. */
  const partners = (w: string, s: string) => {
    const k = node(w, s);
    let list = partnersOf.get(k);
    if (!list) {
      list = counterpartsOf(w, s).filter(
        (cp) => ids.has(cp.source) && cp.source !== w && known.has(node(cp.source, cp.sentence)),
      );
      partnersOf.set(k, list);
    }
    return list;
  };
  const closeOf = new Map<string, ReturnType<CounterpartsOf>>();
  const closePartners = (w: string, s: string) => {
    const k = node(w, s);
    let list = closeOf.get(k);
    if (!list) closeOf.set(k, (list = partners(w, s).filter((cp) => cp.kind !== 'reworded')));
    return list;
  };
  const statementOf = new Map<string, number>();
  const statements: Map<string, string[]>[] = [];
  const join = (w: string, s: string, at: number) => {
    statementOf.set(node(w, s), at);
    const byWitness = statements[at]!;
    byWitness.set(w, [...(byWitness.get(w) ?? []), s]);
  };
  // Anchors: the witness with most closely paired sentences first; each of its sentences that copies or edits an
  // unplaced sentence of another witness is a statement, and the other witnesses' unplaced sentences join the anchor
  // they pair with best. Then the next witness, for what is left.
  const paired = new Map(
    witnesses.map((w) => [w.id, w.sentences.filter((s) => closePartners(w.id, s.id).length > 0).length]),
  );
  const anchors = [...witnesses].sort((a, b) => paired.get(b.id)! - paired.get(a.id)!);
  const order = new Map(witnesses.flatMap((w, i) => w.sentences.map((s, j) => [node(w.id, s.id), i * 1e6 + j])));
  for (const anchor of anchors) {
    let frontier: [string, string][] = [];
    for (const s of anchor.sentences) {
      if (statementOf.has(node(anchor.id, s.id))) continue;
      if (!closePartners(anchor.id, s.id).some((cp) => !statementOf.has(node(cp.source, cp.sentence)))) continue;
      statements.push(new Map());
      join(anchor.id, s.id, statements.length - 1);
      frontier.push([anchor.id, s.id]);
    }
    // The unplaced sentences that copy or edit a sentence just placed join the placed sentence they pair with best;
    // then theirs, until none is left (looking only near what was placed, so that it costs little at scale).
    while (frontier.length > 0) {
      const candidates = new Set<string>();
      for (const [w, s] of frontier)
        for (const cp of closePartners(w, s))
          if (!statementOf.has(node(cp.source, cp.sentence))) candidates.add(node(cp.source, cp.sentence));
      const joins: [string, string, number][] = [];
      for (const k of [...candidates].sort((a, b) => order.get(a)! - order.get(b)!)) {
        const { source: w, sentence: s } = parseSentenceKey(k);
        const best = closePartners(w, s).find((cp) => statementOf.has(node(cp.source, cp.sentence)));
        if (best) joins.push([w, s, statementOf.get(node(best.source, best.sentence))!]);
      }
      for (const [w, s, at] of joins) join(w, s, at);
      frontier = joins.map(([w, s]) => [w, s]);
    }
  }
  // A rewording joins the statement of its best counterpart, never makes one: loosely paired, rewordings would chain
  // statements into one, or make a statement of two reports' own ledes.
  joinBest(witnesses, statementOf, partners, join);
  const read = statements
    .filter((byWitness) => byWitness.size >= 2)
    .map((byWitness) =>
      [...byWitness].map(([witness, sentences]) => ({
        witness,
        sentences,
        reworded: !sentences.some((s) =>
          closePartners(witness, s).some((cp) => byWitness.get(cp.source)?.includes(cp.sentence)),
        ),
      })),
    );
  return ordered(read, witnesses);
}

/** Each unplaced sentence joins the statement of its best placed counterpart among `partnersOf`. */
function joinBest(
  witnesses: readonly WitnessText[],
  statementOf: ReadonlyMap<string, number>,
  partnersOf: (w: string, s: string) => readonly { source: string; sentence: string }[],
  join: (w: string, s: string, at: number) => void,
): void {
  const joins: [string, string, number][] = [];
  for (const w of witnesses) {
    for (const s of w.sentences) {
      if (statementOf.has(`${w.id}#${s.id}`)) continue;
      const best = partnersOf(w.id, s.id).find((cp) => statementOf.has(`${cp.source}#${cp.sentence}`));
      if (best) joins.push([w.id, s.id, statementOf.get(`${best.source}#${best.sentence}`)!]);
    }
  }
  for (const [w, s, at] of joins) join(w, s, at);
}

/** Statements in the witnesses' order (see the module comment); `witnesses` best first or in the dossier's order. */
export function ordered(
  statements: readonly StatementReading[][],
  witnesses: readonly WitnessText[],
): StatementReading[][] {
  const out: StatementReading[][] = [];
  const placed = new Set<StatementReading[]>();
  // Each witness's statements, with its reading of each (found once, not once a witness).
  const byWitness = new Map<string, { st: StatementReading[]; reading: StatementReading }[]>();
  for (const st of statements)
    for (const reading of st)
      byWitness.set(reading.witness, [...(byWitness.get(reading.witness) ?? []), { st, reading }]);
  for (const w of witnesses) {
    const position = new Map(w.sentences.map((s, i) => [s.id, i]));
    const mine = (byWitness.get(w.id) ?? [])
      .map(({ st, reading }) => ({ st, at: Math.min(...reading.sentences.map((s) => position.get(s)!)) }))
      .sort((a, b) => a.at - b.at);
    let after = -1;
    for (const { st } of mine) {
      if (placed.has(st)) {
        after = out.indexOf(st);
        continue;
      }
      out.splice(after + 1, 0, st);
      placed.add(st);
      after += 1;
    }
  }
  return out;
}
