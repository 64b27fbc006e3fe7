/**
 * A topic page's evidence, bounded (issue 26): the reports that cover the topic, each in a section, with the copies of
 * a wire story grouped under it, cut into pages of at most `TOPIC_PAGE_SIZE` sections (Astro's `paginate()`).
 *
 * A copy is a report that takes nearly all its wording from a wire story (`copyOfFromReuse`: most of its shingles
 * found in the wire story, by src/lib/reuse.ts's containment). Grouping is a small function over a map from each
 * copy to its wire story, so that another measure of copying can feed it.
 *
 * - A small dossier (at most `MATRIX_LIMIT` reports) shows every report, as it always has: each with its own
 *   section, those that do not mention the topic saying so, a copy placed right after its wire story and labelled.
 * - A large one shows only the reports that cover the topic; a copy whose evidence is word for word its wire story's
 *   is named in the wire story's section ("and 37 copies") rather than quoted again. A copy whose evidence differs
 *   keeps a section of its own, after its wire story.
 */
import type { SourceKind } from '../../content/vocabularies.ts';
import { figure, plural } from '../format.ts';

/** Sections on one page of a topic's evidence. */
export const TOPIC_PAGE_SIZE = 50;

/** The official texts a topic's summary names; the others are counted (each is among the evidence). */
export const OFFICIAL_NAMED = 5;
/** Share of a report's shingles found in a wire story for the report to count as a copy of it. */
export const COPY_CONTAINMENT = 0.8;
/** Copies named in their wire story's section; the rest are counted. */
export const COPIES_NAMED = 10;

export interface CopySource {
  slug: string;
  kind: SourceKind;
}

/**
 * Each report that is a copy of a wire story → that wire story: a report not itself a wire story, `containment(report,
 * wire)` at least `threshold`; of several wire stories, the one that holds most of it (the first in order on a tie).
 */
export function copyOfFromReuse(
  sources: readonly CopySource[],
  containment: (from: string, to: string) => number,
  threshold: number = COPY_CONTAINMENT,
): Map<string, string> {
  const wires = sources.filter((s) => s.kind === 'wire');
  const copyOf = new Map<string, string>();
  for (const source of sources) {
    if (source.kind === 'wire') continue;
    let best: { slug: string; share: number } | undefined;
    for (const wire of wires) {
      const share = containment(source.slug, wire.slug);
      if (share >= threshold && (!best || share > best.share)) best = { slug: wire.slug, share };
    }
    if (best) copyOf.set(source.slug, best.slug);
  }
  return copyOf;
}

export interface CopyGroup {
  slug: string;
  /** The reports among the list that copy this one, in list order. */
  copies: string[];
}

/**
 * The reports grouped under their wire story: each report whose wire story is in the list goes under it; any other
 * report (a wire story, a report that copies none, a copy whose wire story is not in the list) heads a group. Groups
 * in the order of their heads.
 */
export function groupCopies(slugs: readonly string[], copyOf: ReadonlyMap<string, string>): CopyGroup[] {
  const present = new Set(slugs);
  const groups = new Map<string, CopyGroup>();
  for (const slug of slugs) {
    const wire = copyOf.get(slug);
    if (wire !== undefined && wire !== slug && present.has(wire)) continue;
    groups.set(slug, { slug, copies: [] });
  }
  for (const slug of slugs) {
    const wire = copyOf.get(slug);
    if (wire !== undefined && groups.has(wire) && !groups.has(slug)) groups.get(wire)!.copies.push(slug);
  }
  return [...groups.values()];
}

export interface TopicSection {
  slug: string;
  /** The wire story this report copies, when it is shown after it. */
  copyOf: string | null;
  /** Copies whose evidence is the same as this report's, named here rather than quoted again. */
  sameCopies: string[];
}

export interface TopicSectionsInput {
  /** Every report, in the dossier's order. */
  sources: readonly string[];
  /** A report's evidence for the topic, each sentence as quoted (empty when it does not mention the topic). */
  quotes: (source: string) => readonly string[];
  copyOf: ReadonlyMap<string, string>;
  /** A small dossier: every report shown, as above. */
  small: boolean;
}

const sameQuotes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((q, i) => q === b[i]);

/** The sections of a topic's evidence, in order (see the module comment). */
export function topicSections(input: TopicSectionsInput): TopicSection[] {
  const shown = input.small ? input.sources : input.sources.filter((s) => input.quotes(s).length > 0);
  const sections: TopicSection[] = [];
  for (const group of groupCopies(shown, input.copyOf)) {
    const head: TopicSection = { slug: group.slug, copyOf: null, sameCopies: [] };
    sections.push(head);
    const own = input.quotes(group.slug);
    for (const copy of group.copies) {
      if (!input.small && sameQuotes(input.quotes(copy), own)) head.sameCopies.push(copy);
      else sections.push({ slug: copy, copyOf: group.slug, sameCopies: [] });
    }
  }
  return sections;
}

/**
 * How many of the reports that cover a topic (`covers`) its sections name under their wire story rather than quote
 * again (`sameCopies`). A copy whose only evidence says the topic was not discussed is named there too, but does not
 * cover the topic, so the summary that counts the covering reports does not count it.
 */
export function namedCopyCount(sections: readonly TopicSection[], covers: (slug: string) => boolean): number {
  return sections.reduce((n, s) => n + s.sameCopies.filter(covers).length, 0);
}

/**
 * A topic summary's count of the reports that cover it, where they are too many to name (more than MATRIX_LIMIT
 * reports): how many, over how many pages, and how many of them are named under their wire story rather than quoted
 * again, so that "each quoted below" is not said of a copy that is only named (nor "each" of one report).
 */
export function coveredLine(counts: { covered: number; reports: number; pages: number; namedCopies: number }): string {
  const { covered, reports, pages, namedCopies } = counts;
  const where = `quoted below${pages > 1 ? ` over ${figure(pages)} pages` : ''}`;
  const head = `Covered by ${figure(covered)} of ${plural(reports, 'report')}`;
  if (namedCopies === 0) return `${head}, ${covered === 1 ? '' : 'each '}${where}.`;
  const copies =
    namedCopies === 1
      ? '1 copy with the same sentences as the wire story it copies'
      : `${figure(namedCopies)} copies with the same sentences as the wire story each copies`;
  return `${head}, ${where}, but for ${copies}, named under it.`;
}
