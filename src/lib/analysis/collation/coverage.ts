/**
 * Coverage: which statements a reconstruction holds. Every statement that two or more independent witnesses share
 * (copies of one another are one witness); and every sentence that a single close witness keeps inside the stretch it
 * copies from the source: between two shared statements that it copies or edits (not rewords), where no other
 * witness has it. Those are marked as attested by one witness. A witness's other sentences (its background, its own
 * credits, its commentary, before or after what it copies) stay out and are listed as "only in" it.
 */
import type { ReconstructionInput, StatementReading } from './reconstruct-types.ts';
import { type WitnessRank, groupOf } from './witnesses.ts';

/** Mean closeness (witnesses.ts) over the statements it reads from which a witness counts as a close copy. */
export const CLOSE_COPY = 0.6;

export interface Covered {
  readings: StatementReading[];
  single: boolean;
  /** Its index among the input's statements; null for a statement one close witness keeps, found here. */
  given: number | null;
}

/** The statements of the reconstruction, in order (see the module comment). */
export function cover(input: ReconstructionInput, ranking: readonly WitnessRank[]): Covered[] {
  const groups = (st: readonly StatementReading[]) => new Set(st.map((r) => groupOf(r.witness, input.copyOf)));
  const out: Covered[] = input.statements.map((st, given) => ({
    readings: [...st],
    single: groups(st).size < 2,
    given,
  }));
  const close = ranking.filter((r) => r.statements > 0 && r.score / r.statements >= CLOSE_COPY);
  // Where each sentence of each witness stands: the statement (an entry of `out`) it reads.
  const placed = new Map<string, Covered>();
  for (const c of out) for (const r of c.readings) for (const s of r.sentences) placed.set(`${r.witness}#${s}`, c);
  const texts = new Map(input.witnesses.map((w) => [w.id, w]));
  for (const { witness } of close) {
    const text = texts.get(witness);
    if (text)
      keepStretch(
        witness,
        text.sentences.map((s) => s.id),
        out,
        placed,
      );
  }
  // A statement that only one witness and its copies share stays where shared statements stand on both sides of it.
  return out.filter(
    (c, i) => !c.single || (out.slice(0, i).some((x) => !x.single) && out.slice(i + 1).some((x) => !x.single)),
  );
}

/**
 * The sentences of one close witness in no statement, kept as statements of their own where they stand inside the
 * stretch it copies: the nearest shared statements before and after them are ones it copies or edits.
 */
function keepStretch(witness: string, ids: readonly string[], out: Covered[], placed: Map<string, Covered>): void {
  const statementOf = (sentence: string) => placed.get(`${witness}#${sentence}`);
  const closelyShared = (sentence: string) => {
    const c = statementOf(sentence);
    return c !== undefined && !c.single && !c.readings.find((r) => r.witness === witness)!.reworded;
  };
  const isShared = (sentence: string) => statementOf(sentence)?.single === false;
  const nearest = (from: number, step: number, test: (s: string) => boolean) => {
    let at = from;
    while (!test(ids[at]!)) at += step;
    return ids[at]!;
  };
  const first = ids.findIndex(closelyShared);
  const last = ids.findLastIndex(closelyShared);
  for (let i = first + 1; first >= 0 && i < last; i++) {
    if (statementOf(ids[i]!)) continue;
    // The nearest shared statements before and after: the witness must copy or edit both.
    if (!closelyShared(nearest(i - 1, -1, isShared)) || !closelyShared(nearest(i + 1, 1, isShared))) continue;
    const before = statementOf(nearest(i - 1, -1, (s) => statementOf(s) !== undefined))!;
    const kept: Covered = { readings: [{ witness, sentences: [ids[i]!], reworded: false }], single: true, given: null };
    out.splice(out.indexOf(before) + 1, 0, kept);
    placed.set(`${witness}#${ids[i]}`, kept);
  }
}

/** Each witness's sentences in no statement of the reconstruction (see the module comment). */
export function onlyIn(
  input: ReconstructionInput,
  covered: readonly Covered[],
): { witness: string; sentences: string[] }[] {
  const used = new Set(covered.flatMap((c) => c.readings.flatMap((r) => r.sentences.map((s) => `${r.witness}#${s}`))));
  return input.witnesses
    .map((w) => ({ witness: w.id, sentences: w.sentences.map((s) => s.id).filter((s) => !used.has(`${w.id}#${s}`)) }))
    .filter((x) => x.sentences.length > 0);
}
