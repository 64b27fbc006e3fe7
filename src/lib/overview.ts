/**
 * The overview (src/pages/index.astro) tells the dialogue in a few short paragraphs made of the statements in
 * content/facts/, grouped by section; a statement only one report makes is listed apart, not told as the story.
 */
import type { Fact } from './facts.ts';
import type { FactSection } from './vocabularies.ts';

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
