/**
 * Derivation: for each report, the report of the dossier or the common source it most likely follows, with the
 * evidence and why in plain words; the copies; and the common sources the dossier lacks, reconstructed from their
 * witnesses (docs/methods/derivation.md, "Who follows whom"; docs/methods/derivation.md). Steps, each its own module over one context:
 *
 * 1. context.ts: the reports with their credits, and which pairs are related (MIN_SHARED statements or more).
 *    credits.ts resolves each credit to a report of the dossier (its outlet, the outlet's aliases, its short name,
 *    the agency it carries) or to a text the dossier lacks; a person credited is neither.
 * 2. copies.ts: a report almost wholly in another not later (reuse containment) is its copy: a copy edge, and no
 *    independent witness anywhere.
 * 3. independence.ts: pairs that cannot have their shared statements from each other (both credit an absent
 *    source, or each keeps wording the other lacks and a third has), unless a report of the dossier can be their
 *    source; the reports they join are the witnesses of one common source.
 * 4. common.ts: each common source's statements and the reports that follow it (none dated before its first credit).
 * 5. labels.ts: its name from the credits. edges.ts: each report's edges from its candidate sources.
 * 6. reconstruct.ts: each common source's statements and who reads them (collation/ collates them). why.ts: `why`.
 * 7. rebuildFrom (the self-check's): a text the dossier holds, rebuilt by these steps from its followers alone.
 *
 * Pure TypeScript over plain data; no astro:* import. Nothing here is keyed to particular reports.
 */
import type { Alignment } from '../alignment/index.ts';
import { boundByCredits, commonSources, joinWitnesses } from './common.ts';
import { buildContext } from './context.ts';
import { findCopies } from './copies.ts';
import { resolveCredits } from './credits.ts';
import { edgesInto, undeterminedPairs } from './edges.ts';
import { groupWitnesses, independentPairs } from './independence.ts';
import { nameCommonSources } from './labels.ts';
import { reconstruct } from './reconstruct.ts';
import { alignmentAmong, rebuildWithWitnesses } from './rebuild.ts';
import {
  type Derivation,
  type DerivationDocument,
  type CommonSource,
  type DeriveOptions,
  MIN_SHARED,
  type ReportDerivation,
} from './types.ts';
import { explain } from './why.ts';

export * from './types.ts';
export { labelOf } from './labels.ts';
export { alignmentAmong } from './rebuild.ts';

/** See the module comment. `documents` in the dossier's order (by date). */
export function derive(
  documents: readonly DerivationDocument[],
  alignment: Alignment,
  options: DeriveOptions = {},
): Derivation {
  const ctx = buildContext(documents, alignment);
  const credits = resolveCredits(ctx);
  for (const [copy, original] of findCopies(ctx, credits, options.containment)) ctx.copyOf.set(copy, original);
  const independent = independentPairs(ctx, credits);
  const groups = joinWitnesses(ctx, credits, boundByCredits(credits, groupWitnesses(ctx, independent)));
  const commons = commonSources(ctx, credits, groups);
  const names = nameCommonSources(ctx, credits, commons);
  const edges = ctx.docs.flatMap((y) => edgesInto(ctx, credits, commons, names, y));
  const undetermined = undeterminedPairs(ctx, commons, edges);
  const sources = reconstruct(ctx, commons, names, independent, edges);
  const kept = edges.filter((e) => e.statements >= MIN_SHARED || e.basis === 'copy');
  kept.sort(
    (a, b) =>
      ctx.byId.get(a.to)!.index - ctx.byId.get(b.to)!.index ||
      b.statements - a.statements ||
      a.from.localeCompare(b.from),
  );
  explain(ctx, kept, undetermined, sources, options.containment);
  const reports: ReportDerivation[] = ctx.docs.map((d) => {
    const into = kept.filter((e) => e.to === d.id);
    return {
      id: d.id,
      follows: into[0] ?? null,
      sources: into,
      attributions: d.attributions,
      undetermined: undetermined.filter((u) => u.a === d.id || u.b === d.id),
      copyOf: ctx.copyOf.get(d.id) ?? null,
    };
  });
  return { commonSources: sources, edges: kept, undetermined, reports };
}

/** A text rebuilt from its followers (rebuildFrom), and how its statements were found. */
export interface Rebuilt {
  source: CommonSource;
  /**
   * Whether the derivation, run on the followers alone, found it as a common source by itself; false where the
   * followers were taken as its witnesses (rebuild.ts, rebuildWithWitnesses).
   */
  found: boolean;
}

/**
 * A text the dossier holds (an official readout), rebuilt from the reports that follow it as if it were absent: the
 * derivation run on those reports alone, with their pairs with each other only (rebuild.ts), and of the common
 * sources it finds among them, the one most of them witness. The self-check measures this, so it measures the method
 * the reconstruction pages show: the same steps, statements and readings. Where it finds none, the same steps with
 * the followers as witnesses (rebuildWithWitnesses). Null where fewer than two followers are independent. `followers`
 * in the dossier's order.
 */
export function rebuildFrom(
  followers: readonly DerivationDocument[],
  alignment: Alignment,
  options: DeriveOptions = {},
): Rebuilt | null {
  const among = alignmentAmong(alignment, followers);
  const found = derive(followers, among, options).commonSources.reduce<CommonSource | null>(
    (a, b) => (a && a.witnesses.length >= b.witnesses.length ? a : b),
    null,
  );
  if (found) return { source: found, found: true };
  const given = rebuildWithWitnesses(followers, among, options);
  return given && { source: given, found: false };
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
