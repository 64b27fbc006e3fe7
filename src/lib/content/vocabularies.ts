/**
 * The closed vocabularies of the content, each written once: the schemas (src/content.config.ts), the add-source
 * command (scripts/lib/add-source.ts), the dossier and the pages all import them from here, so a kind added here
 * is accepted, labelled and offered everywhere at once.
 *
 * Pure data, no import: the command line loads it without loading the site.
 */

/** The kinds of report, with the label a reader sees ("Official readout"); the keys are what frontmatter writes. */
export const SOURCE_KIND_LABELS = {
  'official-readout': 'Official readout',
  wire: 'Wire story',
  news: 'News report',
  blog: 'Blog post',
  republication: 'Republication',
} as const;
export type SourceKind = keyof typeof SOURCE_KIND_LABELS;
export const SOURCE_KINDS = Object.keys(SOURCE_KIND_LABELS) as [SourceKind, ...SourceKind[]];

/** The kinds of outlet (content/outlets/*.yaml, `kind`). */
export const OUTLET_KINDS = [
  'government',
  'news-site',
  'wire-agency',
  'press-release-service',
  'blog',
  'unrelated-site',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/**
 * A report's `language`: a BCP 47 tag of the simple form the site uses, a language and optionally a region
 * ("en", "hi", "en-IN"). Deliberately narrower than BCP 47: scripts and variants have not been needed.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
export const LANGUAGE_TAG_EXAMPLE = '"en" or "en-IN"';

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

/** How a report stands to one of the site's statements (content/facts/*.yaml, `support[].stance`). */
export const STANCES = ['agrees', 'differs', 'contradicts'] as const;
export type Stance = (typeof STANCES)[number];

/** What a statement is about (content/facts/*.yaml, `section`), in overview order, with its heading. */
export const FACT_SECTIONS = {
  when: 'When',
  where: 'Where',
  who: 'Who',
  subjects: 'What was discussed',
  signed: 'What was signed',
  'next-round': 'The next round',
  background: 'Background',
  detail: 'Details of the talks',
} as const;
export type FactSection = keyof typeof FACT_SECTIONS;
export const FACT_SECTION_KEYS = Object.keys(FACT_SECTIONS) as [FactSection, ...FactSection[]];

/** The kinds of discrepancy (content/discrepancies/*.yaml, `kind`), with their headings. */
export const DISCREPANCY_KINDS = {
  account: 'The accounts differ',
  naming: 'The same thing, named differently',
} as const;
export type DiscrepancyKind = keyof typeof DISCREPANCY_KINDS;
export const DISCREPANCY_KIND_KEYS = Object.keys(DISCREPANCY_KINDS) as [DiscrepancyKind, ...DiscrepancyKind[]];
