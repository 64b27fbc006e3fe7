/**
 * The plain `why` of each edge and each undetermined pair, for the reader: a clause that follows the report's name
 * ("IANS follows …"), e.g. "follows MHA (in this dossier) for 7 statements: it is dated earlier (28 February 2024;
 * this report 29 February 2024), it holds every statement this report shares with the others, and this report
 * credits it (“the Ministry of Home Affairs said”)". Where the direction cannot be told, it says so.
 */
import { dateOrder, formatPartialDate } from '../../content/dates.ts';
import type { Context, Doc } from './context.ts';
import type { CommonSource, DerivationEdge, UndeterminedPair } from './types.ts';

const nameOf = (d: Doc) => d.label ?? d.names[0] ?? d.id;
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const quoted = (e: DerivationEdge) => `“${e.credits[0]!.phrase}”`;

/** How many of y's sentences that have counterparts anywhere have one in x, of how many. */
function holding(ctx: Context, x: Doc, y: Doc): [number, number] {
  let shared = 0;
  let held = 0;
  for (const s of y.sentences) {
    const counterparts = ctx
      .counterpartsOf(y.id, s.id)
      .filter((cp) => !ctx.copyOf.has(cp.source) || cp.source === x.id);
    if (counterparts.length === 0) continue;
    shared++;
    if (counterparts.some((cp) => cp.source === x.id)) held++;
  }
  return [held, shared];
}

function reportWhy(ctx: Context, e: DerivationEdge, containment?: (from: string, to: string) => number): string {
  const [x, y] = [ctx.byId.get(e.from)!, ctx.byId.get(e.to)!];
  if (e.basis === 'copy') {
    const share = containment ? ` ${Math.round(containment(y.id, x.id) * 100)}% of its five-word runs are in it,` : '';
    return `is a copy of ${nameOf(x)} (in this dossier):${share} and it is not earlier; a copy is no independent witness, and is counted once, as ${nameOf(x)}`;
  }
  const reasons: string[] = [];
  const order = dateOrder(x.date, y.date);
  if (order === 'before')
    reasons.push(`it is dated earlier (${formatPartialDate(x.date)}; this report ${formatPartialDate(y.date)})`);
  else if (e.basis === 'readout') reasons.push('it is the official readout, of the same day, and follows nothing');
  else if (e.basis === 'containment')
    reasons.push(
      'their dates cannot tell which came first, and every statement of it is in this report, which has more',
    );
  else reasons.push(`it is not later (${formatPartialDate(x.date)}; this report ${formatPartialDate(y.date)})`);
  const [held, shared] = holding(ctx, x, y);
  reasons.push(
    held === shared
      ? 'it holds every sentence this report shares with the others'
      : `it holds ${held} of the ${count(shared, 'sentence')} this report shares with the others`,
  );
  if (e.credited) reasons.push(`this report credits it (${quoted(e)})`);
  else if (e.basis === 'credit') reasons.push('this report repeats its credit or its wire tag');
  const last = reasons.pop()!;
  return `follows ${nameOf(x)} (in this dossier) for ${count(e.statements, 'statement')}: ${reasons.join(', ')}, and ${last}`;
}

function commonWhy(e: DerivationEdge, source: CommonSource): string {
  const head = `follows ${source.label} (not in this dossier) for ${count(e.statements, 'statement')}: no report of the dossier that is not later holds them`;
  if (e.credited) return `${head}, and this report credits it (${quoted(e)})`;
  if (e.basis === 'witness')
    return `${head}, and this report keeps wording of it that another witness lacks and a third has`;
  return `${head}; this report restates them without crediting it or any one witness, so whether it took them directly or through a witness, the wording cannot tell`;
}

function undeterminedWhy(ctx: Context, u: UndeterminedPair): string {
  const [a, b] = [ctx.byId.get(u.a)!, ctx.byId.get(u.b)!];
  const dates =
    u.dates === 'same-day' ? 'both are dated the same day' : 'one is dated only to a month that holds the other’s day';
  return `${nameOf(a)} and ${nameOf(b)} share ${count(u.statements, 'statement')}, but ${dates}, neither credits the other, and neither holds all the other has: which follows which cannot be told`;
}

/** Writes `why` on every edge and undetermined pair. */
export function explain(
  ctx: Context,
  edges: readonly DerivationEdge[],
  undetermined: readonly UndeterminedPair[],
  commonSources: readonly CommonSource[],
  containment?: (from: string, to: string) => number,
): void {
  const byId = new Map(commonSources.map((c) => [c.id, c]));
  for (const e of edges) e.why = e.fromCommon ? commonWhy(e, byId.get(e.from)!) : reportWhy(ctx, e, containment);
  for (const u of undetermined) u.why = undeterminedWhy(ctx, u);
}
