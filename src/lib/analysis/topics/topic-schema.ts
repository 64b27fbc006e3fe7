/**
 * The schema of a topic file (content/topics/<slug>.md), as a plain zod schema so that tests can parse the real
 * topic files without Astro. The phrase language is described in topic-match.ts; each phrase is compiled here, so
 * a malformed phrase fails the build with a message naming the file and the field.
 */
import { z } from 'astro/zod';
import { PhraseError, compilePhrase } from './topic-match.ts';
import { fieldsOf, text } from '../../content/schema-rules.ts';

const phrase = (what: string) =>
  text(what).superRefine((value, ctx) => {
    try {
      compilePhrase(value);
    } catch (error) {
      if (!(error instanceof PhraseError)) throw error;
      ctx.addIssue({ code: 'custom', message: `${what}: ${error.message}` });
    }
  });

export const termSchema = z.union([
  phrase('each term').describe('A phrase that makes a sentence evidence for the topic.'),
  z
    .strictObject({
      phrase: phrase('phrase').describe('The phrase.'),
      with: z
        .array(phrase('each "with" phrase'))
        .min(1, 'with needs at least one phrase; write the term as a plain string instead')
        .describe('The phrase counts only in a sentence that also contains one of these phrases.'),
    })
    .describe('A phrase that counts only in company: for words that mean the topic only next to certain others.'),
]);

export const topicSchema = fieldsOf('a topic', {
  title: text('title').describe('The topic’s name as the matrix and the topic page show it.'),
  label: text('label').describe('A short name of two or three words, for the highlights on the source pages.'),
  definition: text('definition').describe(
    'One paragraph a reader understands: what the topic covers, and where it stops (what belongs to a neighbouring topic).',
  ),
  order: z
    .int({ error: 'order must be a whole number (the topic’s row in the comparison matrix)' })
    .positive('order must be 1 or more')
    .describe('Position of the topic’s row in the comparison matrix and in lists, from 1.'),
  terms: z
    .array(termSchema)
    .min(1, 'terms needs at least one phrase, or no sentence can ever be evidence for the topic')
    .describe(
      'Phrases that make a sentence evidence for the topic. Case, British/American spelling, hyphenation and plurals ' +
        'are handled; "smuggl*" matches every word that begins so; "…" stands for up to four words (src/lib/analysis/topics/topic-match.ts).',
    ),
  exclude: z
    .array(phrase('each exclude phrase'))
    .default([])
    .describe('Phrases blanked out before the terms are tried, where a term would mislead ("terror financing").'),
});
