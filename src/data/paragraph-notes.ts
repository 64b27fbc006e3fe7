/**
 * What the notes beside a report's paragraph hold (src/lib/site/paragraph-notes.ts writes them), gathered from the
 * build's dossier, coverage and alignment: for src/components/OriginalParagraph.astro, once per paragraph.
 */
import { alignment, sideBySidePath } from './built-alignment';
import { coverage, dossier } from './built-dossier';
import { statementFragmentOf, statementPathOf } from './statements';
import { KIND_WORDS } from '../lib/site/wording/alignment';
import { counterpartsOf, placesOf } from '../lib/site/alignment-view';
import { paragraphNumber, sentenceNumber } from '../lib/content/article';
import { plural } from '../lib/site/format';
import { href, paths } from '../lib/site/links';
import { closestCounterparts, notesSummary } from '../lib/site/sentence-notes';
import { type NoteRow, onOriginalHtml, paragraphNotesHtml, sentenceOpening } from '../lib/site/paragraph-notes';

/** The notes beside paragraph `id` ("p3") of report `slug`, as HTML for the page at `page`; '' if it has none. */
export function paragraphNotes(slug: string, id: string, page: string): string {
  const paragraph = dossier.sourceBySlug.get(slug)?.article.paragraphs.find((p) => p.anchor === id);
  const sentences = paragraph?.sentences ?? [];
  const single = sentences.length === 1;
  const name = (s: string) => dossier.sourceBySlug.get(s)?.shortName ?? s;
  const counts: { topics: number; counterparts: number }[] = [];
  const rows: NoteRow[] = [];
  for (const s of sentences) {
    const all = counterpartsOf(alignment, slug, s.id);
    const topics = coverage.sentenceTopics(slug, s.id);
    if (topics.length === 0 && all.length === 0) continue;
    const shown = closestCounterparts(all);
    const places = placesOf(shown);
    const statement = statementPathOf(slug, s.id);
    counts.push({ topics: topics.length, counterparts: all.length });
    rows.push({
      sentence: s.id,
      which: single ? null : { label: `Sentence ${sentenceNumber(s.id)}`, opening: sentenceOpening(s.text) },
      topics: topics.map((t) => ({
        label: t.topic.label,
        href: href(page, paths.topic(t.topic.slug)),
        negated: t.negated,
      })),
      counterparts: shown.map((c, i) => {
        const pair = sideBySidePath(slug, c.source);
        return {
          kind: KIND_WORDS[c.kind],
          href: href(page, paths.source(c.source), c.sentence),
          label: `${name(c.source)} ${places[i]}`,
          pairHref: pair && href(page, pair, `row-${slug}-${s.id}`),
        };
      }),
      statement:
        statement === null
          ? null
          : {
              href: href(page, statement, statementFragmentOf(slug, s.id)),
              label:
                all.length > shown.length
                  ? `All ${plural(all.length, 'counterpart')}`
                  : 'This statement in every report',
            },
    });
  }
  return paragraphNotesHtml(id.slice(1), notesSummary(counts), rows);
}

/**
 * What stands beside paragraph `id` of report `slug`: its notes, then, where the report's original address is known
 * (`url`, a URL text fragment), the link to the same passage on the original page. As HTML for the page at `page`.
 */
export function paragraphSide(slug: string, id: string, page: string, url: string | undefined): string {
  return paragraphNotes(slug, id, page) + (url ? onOriginalHtml(paragraphNumber(id), url) : '');
}
