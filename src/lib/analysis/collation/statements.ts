/**
 * The statements of a text the dossier lacks (or is checked as if it lacked), from its witnesses alone: each sentence
 * of an anchor witness that another witness copies or edits is a statement, and the other witnesses' sentences join
 * the one they pair with best (so that a witness that splits a statement in two gives both halves to it); a rewording
 * joins its best counterpart's statement. Order follows the witnesses: the best-ranked witness's order,
 * and each statement another witness adds goes after the one it follows in that witness.
 */
import type { WitnessText } from './reconstruct-types.ts';

/** A sentence's counterparts in other reports (the alignment's), with whether they reword each other. */
export type CounterpartsOf = (
  witness: string,
  sentence: string,
) => readonly { source: string; sentence: string; kind: string }[];

export interface StatementReading {
  witness: string;
  /** The witness's sentences that make the statement, in reading order. */
  sentences: string[];
  /** Whether every counterpart of its sentences in the statement rewords it (alignment.ts's kinds). */
  reworded: boolean;
}

/** See the module comment. `witnesses` in the dossier's order; the statements in the text's order. */
export function statementsFrom(
  witnesses: readonly WitnessText[],
  counterpartsOf: CounterpartsOf,
): StatementReading[][] {
  const ids = new Set(witnesses.map((w) => w.id));
  const node = (w: string, s: string) => `${w}#${s}`;
  const known = new Set(witnesses.flatMap((w) => w.sentences.map((s) => node(w.id, s.id))));
  const partners = (w: string, s: string) =>
    counterpartsOf(w, s).filter(
      (cp) => ids.has(cp.source) && cp.source !== w && known.has(node(cp.source, cp.sentence)),
    );
  const closePartners = (w: string, s: string) => partners(w, s).filter((cp) => cp.kind !== 'reworded');
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
  const paired = (w: WitnessText) => w.sentences.filter((s) => closePartners(w.id, s.id).length > 0).length;
  const anchors = [...witnesses].sort((a, b) => paired(b) - paired(a));
  for (const anchor of anchors) {
    for (const s of anchor.sentences) {
      if (statementOf.has(node(anchor.id, s.id))) continue;
      if (!closePartners(anchor.id, s.id).some((cp) => !statementOf.has(node(cp.source, cp.sentence)))) continue;
      statements.push(new Map());
      join(anchor.id, s.id, statements.length - 1);
    }
    joinBest(witnesses, statementOf, closePartners, join);
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
  for (const w of witnesses) {
    const position = new Map(w.sentences.map((s, i) => [s.id, i]));
    const mine = statements
      .filter((st) => st.some((r) => r.witness === w.id))
      .map((st) => ({
        st,
        at: Math.min(...st.find((r) => r.witness === w.id)!.sentences.map((s) => position.get(s)!)),
      }))
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
