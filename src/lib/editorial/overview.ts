/**
 * The overview (src/pages/index.astro) tells the dialogue in a few short paragraphs made of the statements in
 * content/facts/, grouped by section; a statement only one report makes is listed apart, not told as the story.
 */
import type { Fact } from './facts.ts';
import type { FactSection } from '../content/vocabularies.ts';

/** The overview's paragraphs, in reading order, and the sections each one tells. */
export const OVERVIEW_PARAGRAPHS: readonly { heading: string; sections: readonly FactSection[] }[] = [
  { heading: 'The meeting', sections: ['when', 'where', 'who'] },
  { heading: 'What they discussed', sections: ['subjects', 'detail'] },
  { heading: 'What they signed', sections: ['signed'] },
  { heading: 'What comes next', sections: ['next-round'] },
  { heading: 'Background', sections: ['background'] },
];

export interface OverviewParagraph {
  heading: string;
  /** An id for the heading, made from it: "what-they-discussed". */
  id: string;
  sections: readonly FactSection[];
  /** Its statements, in the order given (the editorial layer's overview order). */
  facts: Fact[];
}

/** A heading as an id: lowercase, each run of other characters than letters and digits one hyphen. */
export function headingId(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * The overview's story: the statements more than one report can support, by paragraph; a paragraph with none is
 * left out.
 */
export function overviewParagraphs(facts: readonly Fact[]): OverviewParagraph[] {
  const shared = facts.filter((f) => f.exclusiveTo === null);
  return OVERVIEW_PARAGRAPHS.map((p) => ({
    heading: p.heading,
    id: headingId(p.heading),
    sections: p.sections,
    facts: shared.filter((f) => p.sections.includes(f.section)),
  })).filter((p) => p.facts.length > 0);
}

/** The statements only one report makes (`exclusiveTo`), in the order given. */
export function exclusiveFacts(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => f.exclusiveTo !== null);
}

/**
 * The "at a glance" block at the top of the overview: what a reader asks first (when and where, who led, what was
 * signed, what they committed to, what comes next), each item told by the statements of its sections that more than
 * one report supports. `limit` keeps the items of a long section to those most reports agree with.
 */
export const GLANCE_ITEMS: readonly { label: string; sections: readonly FactSection[]; limit?: number }[] = [
  { label: 'When and where', sections: ['when', 'where'] },
  { label: 'Who led', sections: ['who'] },
  { label: 'What was signed', sections: ['signed'] },
  { label: 'Main commitments', sections: ['subjects'], limit: 3 },
  { label: 'Next round', sections: ['next-round'] },
];

export interface GlanceItem {
  label: string;
  /** An id for the item, made from its label: "when-and-where". */
  id: string;
  /** Its statements, in the overview's order. */
  facts: Fact[];
}

/** How many reports agree with a statement (distinct reports, stance "agrees"). */
export function agreeingReports(fact: Pick<Fact, 'support'>): number {
  return new Set(fact.support.filter((s) => s.stance === 'agrees').map((s) => s.source)).size;
}

/**
 * The glance's items from the statements: those more than one report makes, by item; where an item has a `limit`,
 * the statements most reports agree with (ties in the order given), kept in the order given. Empty items are left
 * out, so a dossier with no statement on the next round shows no "Next round".
 */
export function glanceItems(facts: readonly Fact[]): GlanceItem[] {
  const shared = facts.filter((f) => f.exclusiveTo === null);
  return GLANCE_ITEMS.map((item) => {
    const inItem = shared.filter((f) => item.sections.includes(f.section));
    const kept =
      item.limit === undefined
        ? inItem
        : new Set(
            [...inItem]
              .map((f, i) => ({ f, i, n: agreeingReports(f) }))
              .sort((a, b) => b.n - a.n || a.i - b.i)
              .slice(0, item.limit)
              .map((x) => x.f),
          );
    return {
      label: item.label,
      id: headingId(item.label),
      facts: inItem.filter((f) => (kept instanceof Set ? kept.has(f) : true)),
    };
  }).filter((item) => item.facts.length > 0);
}

/**
 * The short names of the reports that support some statements, agreeing ones first, each once, in the order
 * cited: the names a citation marker shows.
 */
export function citedNames(facts: readonly Pick<Fact, 'support'>[]): string[] {
  const all = facts.flatMap((f) => f.support);
  const ordered = [...all.filter((s) => s.stance === 'agrees'), ...all.filter((s) => s.stance !== 'agrees')];
  return [...new Set(ordered.map((s) => s.shortName))];
}

/** A compact citation marker: the first `shown` names and how many more, "DHS · IANS +2". */
export function markerLabel(names: readonly string[], shown = 2): string {
  const head = names.slice(0, shown).join(' · ');
  const more = names.length - shown;
  return more > 0 ? `${head} +${more}` : head;
}
