/**
 * The content collections and their schemas. Every field is documented with `.describe()`; editorial rules
 * live in src/lib/content/schema-rules.ts so that tests can exercise them without Astro. Objects are strict (`fieldsOf`): a
 * misspelt field is an error, not a silently ignored line.
 *
 * Cross-collection checks that a schema cannot make (a reference to a missing outlet, an official whose name the
 * article never mentions, an empty body) are made by src/data/built-dossier.ts, which fails the build naming file and
 * field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { captureFixity, fieldsOf, oneOf, partialDate, text, webAddress } from './lib/content/schema-rules';
import { createIdGenerator } from './lib/content/slugs';
import { paths } from './lib/site/links';
import { topicSchema } from './lib/analysis/topics/topic-schema';
import { isEventDate, parseEventDate } from './lib/content/event-dates';
import {
  DISCREPANCY_KIND_KEYS,
  FACT_SECTION_KEYS,
  LANGUAGE_TAG,
  LANGUAGE_TAG_EXAMPLE,
  OUTLET_KINDS,
  SOURCE_KINDS,
  STANCES,
} from './lib/content/vocabularies';

const sources = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/sources',
    // A report's page is /sources/<slug>/, beside the pages of the list of reports (/sources/2/ …).
    generateId: createIdGenerator('content/sources', paths.sources),
  }),
  schema: fieldsOf('a report', {
    title: text('title').describe('The report’s title, verbatim.'),
    titleSource: z
      .enum(['capture', 'page-address'], {
        error: 'titleSource must be "capture" (the title line is in the capture) or "page-address" (read from the URL)',
      })
      .describe('Where the title comes from: the capture itself, or only the page address.'),
    shortName: text('shortName')
      .optional()
      .describe(
        'A short name for the report in citations, e.g. "DHS" in "[DHS ¶1]"; the outlet’s name if not given. No two reports may be cited by one name.',
      ),
    date: partialDate.describe(
      'Publication date, quoted: "YYYY-MM-DD", or "YYYY-MM" where only the month is known. Never a guessed day.',
    ),
    dateSource: text('dateSource').describe(
      'Where the date comes from, e.g. "the capture’s date line" or "the page address".',
    ),
    outlet: reference('outlets').describe('The publisher as it appears in the capture: an id in content/outlets/.'),
    capturedFrom: reference('outlets')
      .optional()
      .describe(
        'The site the capture was taken from, where it is not the outlet’s own (EIN Presswire for the DHS readout).',
      ),
    carries: reference('outlets')
      .optional()
      .describe('The agency or original publisher whose story this is, where the capture names one (IANS for MENAFN).'),
    kind: oneOf('kind', SOURCE_KINDS).describe('What sort of report it is.'),
    author: text('author')
      .nullable()
      .describe('The byline, or null where the capture names no author (the site then says "not known").'),
    url: webAddress('url')
      .nullable()
      .describe('The address where the capture was found, or null where not known (the site then says "not known").'),
    language: z
      .string()
      .regex(LANGUAGE_TAG, `language must be a language tag such as ${LANGUAGE_TAG_EXAMPLE}`)
      .describe('Language of the article text, as a BCP 47 tag.'),
    officials: z
      .array(reference('officials'))
      .describe('Officials the article names: ids in content/officials/. Each must be named in the text.'),
    provenance: z
      .array(text('each provenance note'))
      .min(1, 'provenance needs at least one note saying where the capture came from')
      .describe('What is known of the capture’s origin, one statement per item.'),
    capture: captureFixity
      .optional()
      .describe(
        'The raw capture, where the repository keeps it: its file and SHA-256 (docs/architecture.md, "Fixity"). Left out where the capture is not kept; the site then says so.',
      ),
  }),
});

const outlets = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/outlets', generateId: createIdGenerator('content/outlets') }),
  schema: fieldsOf('an outlet', {
    name: text('name').describe('The outlet’s name as it presents itself.'),
    aliases: z
      .array(text('each alias'))
      .optional()
      .describe(
        'Other names a report may credit it by, e.g. "MHA", "Home Ministry", "Union home ministry" for the Ministry of Home Affairs; "DHS", "Homeland Security" for the U.S. Department of Homeland Security. The derivation resolves a credit to this outlet’s reports by its name or any alias ("US", "U.S." and "United States" are read as one). Optional; none where not given.',
      ),
    country: text('country').nullable().describe('Country of the outlet, or null where not known.'),
    kind: oneOf('kind', OUTLET_KINDS).describe('What sort of publisher it is.'),
    homepage: webAddress('homepage').nullable().describe('Its home page, or null where not known.'),
    note: text('note').optional().describe('Anything a reader should know about it.'),
  }),
});

const officials = defineCollection({
  loader: glob({
    pattern: '**/*.yaml',
    base: './content/officials',
    generateId: createIdGenerator('content/officials'),
  }),
  schema: fieldsOf('an official', {
    name: text('name').describe('Full name.'),
    country: text('country').describe('The country the official serves.'),
    organisation: text('organisation').describe('The department or ministry.'),
    position: text('position').describe(
      'The position held at the time of the dialogue, in the organisation’s own words.',
    ),
    names: z
      .array(text('each name'))
      .min(1)
      .describe('The forms of the name that identify the official in a text (used to find mentions).'),
    titles: z
      .array(
        fieldsOf('a title entry', {
          source: reference('sources').describe('The report.'),
          title: text('title').describe('The title under which that report names the official, exactly as written.'),
        }),
      )
      .describe('Per report, the title it gives the official. Each title must appear in that report’s text.'),
  }),
});

/** The closed list of topics the reports are compared on; the schema lives in src/lib/analysis/topics/topic-schema.ts. */
const topics = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/topics', generateId: createIdGenerator('content/topics') }),
  schema: topicSchema,
});

/*
 * The editorial layer: statements, discrepancies and events, each backed by quotes. That every quote is
 * word for word in its report is checked by src/lib/editorial/editorial.ts when the dossier is built, not here: a schema cannot
 * see the article text.
 */
const quoteFields = {
  source: reference('sources').describe('The report quoted: an id in content/sources/.'),
  quote: text('quote').describe('Words copied exactly from that report’s article text (not from a capture artifact).'),
  note: text('note').optional().describe('What the reader should notice about this quote, in the site’s words.'),
};
const quote = fieldsOf('a quote', quoteFields);

const facts = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/facts', generateId: createIdGenerator('content/facts') }),
  schema: fieldsOf('a statement', {
    statement: text('statement').describe('What the site says, in its own words: one sentence a reader can check.'),
    section: oneOf('section', FACT_SECTION_KEYS).describe(
      'What the statement is about; the overview groups statements into paragraphs by section.',
    ),
    order: z.number().int().describe('Position within its section on the overview (smaller first).'),
    exclusiveTo: reference('sources')
      .optional()
      .describe('Set when only this report says it: the overview lists it under "Reported by one source only".'),
    support: z
      .array(
        fieldsOf('a quote', {
          ...quoteFields,
          stance: oneOf('stance', STANCES).describe(
            'Whether this report agrees with the statement, words it differently, or contradicts it.',
          ),
        }),
      )
      .min(1, 'support needs at least one quote from a report')
      .describe('The quotes that back the statement, one per report (or more).'),
  }),
});

const discrepancies = defineCollection({
  loader: glob({
    pattern: '**/*.yaml',
    base: './content/discrepancies',
    generateId: createIdGenerator('content/discrepancies'),
  }),
  schema: fieldsOf('a discrepancy', {
    title: text('title').describe('What the reports differ on, as a heading: "The dates of the dialogue".'),
    kind: oneOf('kind', DISCREPANCY_KIND_KEYS).describe(
      '"account": the reports say different things; "naming": they name the same thing differently.',
    ),
    order: z.number().int().describe('Position on the discrepancies page (smaller first).'),
    summary: text('summary').describe('The difference and what can be made of it, in the site’s words.'),
    facts: z
      .array(reference('facts'))
      .default([])
      .describe('Statements in content/facts/ that this discrepancy explains (where a report differs).'),
    readings: z
      .array(
        fieldsOf('a reading', {
          reading: text('reading').describe('One version, in the site’s words: "Three days, 27 to 29 February".'),
          quotes: z.array(quote).min(1, 'each reading needs at least one quote').describe('The reports that give it.'),
        }),
      )
      .min(2, 'a discrepancy needs at least two readings to set side by side')
      .describe('The versions, side by side.'),
  }),
});

const events = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/events', generateId: createIdGenerator('content/events') }),
  schema: fieldsOf('an event', {
    title: text('title').describe('What happened, in the site’s words.'),
    date: z
      .unknown()
      .superRefine((value, ctx) => {
        if (typeof value !== 'string') {
          ctx.addIssue({ code: 'custom', message: 'date must be in quotes, e.g. date: "2010" or date: "2024-02-28"' });
          return;
        }
        const parsed = parseEventDate(value);
        if (!isEventDate(parsed)) ctx.addIssue({ code: 'custom', message: parsed.error });
      })
      .transform((value) => value as string)
      .describe(
        'Quoted: "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD" (a span of days), ' +
          '"YYYY-MM-DD|YYYY-MM-DD" (one of two days) or "unknown". Never more precise than the reports.',
      ),
    dateNote: text('dateNote')
      .optional()
      .describe('How the date was read, where the report gives it relatively ("last June") or the reports disagree.'),
    description: text('description').optional().describe('A sentence of context, in the site’s words.'),
    support: z.array(quote).min(1, 'support needs at least one quote').describe('The quotes that give the event.'),
  }),
});

export const collections = { sources, outlets, officials, topics, facts, discrepancies, events };
