/**
 * The statements of a text the dossier lacks (or is checked as if it lacked), from its witnesses alone: the sentences
 * of different witnesses that the alignment pairs are one statement (joined transitively, so that a witness that
 * splits a statement in two gives both halves to it). Order follows the witnesses: the best-ranked witness's order,
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
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const close = new Set<string>();
  for (const w of witnesses) for (const s of w.sentences) parent.set(node(w.id, s.id), node(w.id, s.id));
  for (const w of witnesses) {
    for (const s of w.sentences) {
      for (const cp of counterpartsOf(w.id, s.id)) {
        if (!ids.has(cp.source) || cp.source === w.id || !parent.has(node(cp.source, cp.sentence))) continue;
        parent.set(find(node(w.id, s.id)), find(node(cp.source, cp.sentence)));
        if (cp.kind !== 'reworded') close.add(node(w.id, s.id)).add(node(cp.source, cp.sentence));
      }
    }
  }
  const components = new Map<string, Map<string, string[]>>();
  for (const w of witnesses) {
    for (const s of w.sentences) {
      const root = find(node(w.id, s.id));
      const byWitness = components.get(root) ?? new Map<string, string[]>();
      byWitness.set(w.id, [...(byWitness.get(w.id) ?? []), s.id]);
      components.set(root, byWitness);
    }
  }
  const statements = [...components.values()]
    .filter((byWitness) => byWitness.size >= 2)
    .map((byWitness) =>
      [...byWitness].map(([witness, sentences]) => ({
        witness,
        sentences,
        reworded: !sentences.some((s) => close.has(node(witness, s))),
      })),
    );
  return ordered(statements, witnesses);
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
