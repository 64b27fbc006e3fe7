/**
 * The content collections and their schemas. Every field is documented with `.describe()`; editorial rules
 * live in src/lib/schema-rules.ts so that tests can exercise them without Astro. Objects are strict (`fieldsOf`): a
 * misspelt field is an error, not a silently ignored line.
 *
 * Cross-collection checks that a schema cannot make (a reference to a missing outlet, an official whose name the
 * article never mentions, an empty body) are made by src/data/dossier.ts, which fails the build naming file and
 * field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { fieldsOf, partialDate, text, webAddress } from './lib/schema-rules';
import { createIdGenerator } from './lib/slugs';

export const SOURCE_KINDS = ['official-readout', 'wire', 'news', 'blog', 'republication'] as const;
export const OUTLET_KINDS = ['government', 'news-site', 'wire-agency', 'press-release-service', 'blog', 'unrelated-site'] as const;

const sources = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/sources',
    generateId: createIdGenerator('content/sources'),
  }),
  schema: fieldsOf('a report', {
    title: text('title').describe('The report’s title, verbatim.'),
    titleSource: z
      .enum(['capture', 'page-address'], {
        error: 'titleSource must be "capture" (the title line is in the capture) or "page-address" (read from the URL)',
      })
      .describe('Where the title comes from: the capture itself, or only the page address.'),
    date: partialDate.describe(
      'Publication date, quoted: "YYYY-MM-DD", or "YYYY-MM" where only the month is known. Never a guessed day.',
    ),
    dateSource: text('dateSource').describe('Where the date comes from, e.g. "the capture’s date line" or "the page address".'),
    outlet: reference('outlets').describe('The publisher as it appears in the capture: an id in content/outlets/.'),
    capturedFrom: reference('outlets')
      .optional()
      .describe('The site the capture was taken from, where it is not the outlet’s own (EIN Presswire for the DHS readout).'),
    carries: reference('outlets')
      .optional()
      .describe('The agency or original publisher whose story this is, where the capture names one (IANS for MENAFN).'),
    kind: z
      .enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(', ')}` })
      .describe('What sort of report it is.'),
    author: text('author')
      .nullable()
      .describe('The byline, or null where the capture names no author (the site then says "not known").'),
    url: webAddress('url')
      .nullable()
      .describe('The address where the capture was found, or null where not known (the site then says "not known").'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'language must be a language tag such as "en" or "en-IN"')
      .describe('Language of the article text, as a BCP 47 tag.'),
    officials: z
      .array(reference('officials'))
      .describe('Officials the article names: ids in content/officials/. Each must be named in the text.'),
    provenance: z
      .array(text('each provenance note'))
      .min(1, 'provenance needs at least one note saying where the capture came from')
      .describe('What is known of the capture’s origin, one statement per item.'),
  }),
});

const outlets = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/outlets', generateId: createIdGenerator('content/outlets') }),
  schema: fieldsOf('an outlet', {
    name: text('name').describe('The outlet’s name as it presents itself.'),
    country: text('country').nullable().describe('Country of the outlet, or null where not known.'),
    kind: z
      .enum(OUTLET_KINDS, { error: `kind must be one of: ${OUTLET_KINDS.join(', ')}` })
      .describe('What sort of publisher it is.'),
    homepage: webAddress('homepage').nullable().describe('Its home page, or null where not known.'),
    note: text('note').optional().describe('Anything a reader should know about it.'),
  }),
});

const officials = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/officials', generateId: createIdGenerator('content/officials') }),
  schema: fieldsOf('an official', {
    name: text('name').describe('Full name.'),
    country: text('country').describe('The country the official serves.'),
    organisation: text('organisation').describe('The department or ministry.'),
    position: text('position').describe('The position held at the time of the dialogue, in the organisation’s own words.'),
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

export const collections = { sources, outlets, officials };
