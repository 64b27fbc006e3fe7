/**
 * For the self-check's rebuild (index.ts, rebuildFrom): the alignment as if the dossier held only some of its
 * reports (their pairs with every other report, the readout's among them, left out), and the rebuild with the
 * followers taken as witnesses where the derivation finds no common source among them.
 */
import { type Alignment, type Counterpart, sentenceKey } from '../alignment/index.ts';
import { commonSources } from './common.ts';
import { buildContext, isCopy } from './context.ts';
import { findCopies } from './copies.ts';
import { resolveCredits } from './credits.ts';
import { nameCommonSources } from './labels.ts';
import { reconstruct } from './reconstruct.ts';
import { type CommonSource, type DerivationDocument, type DeriveOptions, isPrimary } from './types.ts';

/**
 * The alignment as if the dossier held only `documents`: their pairs with each other, and nothing else. Their
 * sentences' counterparts are looked up by key, not found among every sentence's.
 */
export function alignmentAmong(
  alignment: Alignment,
  documents: readonly { id: string; sentences: readonly { id: string }[] }[],
): Alignment {
  const ids = new Set(documents.map((d) => d.id));
  const among = (x: { source: string }) => ids.has(x.source);
  const counterparts = new Map<string, Counterpart[]>();
  for (const d of documents) {
    for (const s of d.sentences) {
      const k = sentenceKey(d.id, s.id);
      const kept = alignment.counterparts.get(k)?.filter(among) ?? [];
      if (kept.length > 0) counterparts.set(k, kept);
    }
  }
  return {
    pairs: alignment.pairs.filter((p) => among(p.a) && among(p.b)),
    counterparts,
    sentenceCounts: new Map([...alignment.sentenceCounts].filter(([id]) => ids.has(id))),
    groups: alignment.groups.filter((g) => among(g.one) && g.run.every(among)),
  };
}

/**
 * Where the derivation, run on the followers alone, finds no common source among them (with no credit to tell it
 * otherwise, it may take the closest of them for the others' source): the same steps that give a common source its
 * statements and readings (common.ts, labels.ts, reconstruct.ts), with every follower that is no copy as a witness, as
 * the derivation has already said they follow the readout. Null with fewer than two such followers.
 */
export function rebuildWithWitnesses(
  followers: readonly DerivationDocument[],
  alignment: Alignment,
  options: DeriveOptions = {},
): CommonSource | null {
  const ctx = buildContext(followers, alignment);
  const credits = resolveCredits(ctx);
  for (const [copy, original] of findCopies(ctx, credits, options.containment)) ctx.copyOf.set(copy, original);
  const seeds = ctx.docs.filter((d) => !isCopy(ctx, d) && !isPrimary(d.kind));
  if (seeds.length < 2) return null;
  const commons = commonSources(ctx, credits, [seeds]);
  return reconstruct(ctx, commons, nameCommonSources(ctx, credits, commons), [], [])[0] ?? null;
}
