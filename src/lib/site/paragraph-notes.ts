/**
 * The notes beside a report's paragraph (after it on a phone, in the margin on a wide screen), folded: for each of
 * its sentences, the topics it is evidence for and its closest counterparts in other reports, each linked to the
 * other report's sentence and to the two side by side, with a link to the statement's own page. A <details>: it
 * opens by keyboard and touch, with no script.
 *
 * Written as one escaped string (src/components/OriginalParagraph.astro emits it with `set:html`): a source page has
 * a note per paragraph, and a component per note and an element per link cost Astro more than the string.
 * What the notes hold is gathered in src/data/paragraph-notes.ts; the choices (closest counterparts, summary) in
 * ./sentence-notes.ts.
 *
 * Pure TypeScript; no astro:* import.
 */
import { escapeAttribute, escapeText, link } from './html.ts';

export interface NoteTopic {
  label: string;
  href: string;
  /** The sentence says the topic was not discussed. */
  negated: boolean;
}

export interface NoteCounterpart {
  /** How it restates the sentence: "copied in", "reworded in" … without "in" ("reworded"). */
  kind: string;
  /** The other report's sentence. */
  href: string;
  /** "IANS ¶2", "TFIPost ¶1, sentence 3". */
  label: string;
  /** The two reports side by side at this sentence's row, where that page exists. */
  pairHref: string | null;
}

export interface NoteRow {
  /** The sentence's anchor, "p1-s2". */
  sentence: string;
  /** Which sentence this is, where the paragraph has more than one: its number and first words. */
  which: { label: string; opening: string } | null;
  topics: readonly NoteTopic[];
  counterparts: readonly NoteCounterpart[];
  /** The statement's own page, where it has one, and the link's words. */
  statement: { href: string; label: string } | null;
}

/** The first words of a sentence, to tell which one a note is about: “The recent Homeland Security …”. */
export function sentenceOpening(text: string, words = 5): string {
  const all = text.split(/\s+/u);
  return `“${all.slice(0, words).join(' ')}${all.length > words ? ' …' : ''}”`;
}

function rowHtml(row: NoteRow): string {
  let html = `<li data-sentence="${escapeAttribute(row.sentence)}">`;
  if (row.which)
    html +=
      `<p class="which">${link(`#${row.sentence}`, row.which.label)} ` +
      `<span class="opening">${escapeText(row.which.opening)}</span></p>`;
  if (row.topics.length > 0)
    html += `<p>Topics: ${row.topics
      .map((t) => `${link(t.href, t.label)}${t.negated ? ' (said not discussed)' : ''}`)
      .join(', ')}</p>`;
  if (row.counterparts.length > 0)
    html += `<ul class="plain">${row.counterparts
      .map(
        (c) =>
          `<li>${escapeText(c.kind)} in ${link(c.href, c.label)}` +
          `${c.pairHref === null ? '' : ` · ${link(c.pairHref, 'side by side')}`}</li>`,
      )
      .join('')}</ul>`;
  if (row.statement) html += `<p>${link(row.statement.href, row.statement.label)}</p>`;
  return `${html}</li>`;
}

/**
 * A paragraph's notes as HTML, or the empty string when none of its sentences has a topic or a counterpart.
 * `paragraph` is its number as shown ("3"), `summary` the line shown folded ("2 topics · 5 counterparts").
 */
export function paragraphNotesHtml(paragraph: string, summary: string, rows: readonly NoteRow[]): string {
  if (rows.length === 0) return '';
  return (
    `<details class="paragraph-notes"><summary><span class="visually-hidden">Paragraph ${escapeText(paragraph)}: ` +
    `</span>${escapeText(summary)}</summary><ol>${rows.map(rowHtml).join('')}</ol></details>`
  );
}

/** The link from a paragraph to the same passage on the report's original page (`url`, with its text fragment). */
export function onOriginalHtml(paragraph: number, url: string): string {
  return (
    `<p class="on-original"><a class="external" href="${escapeAttribute(url)}" rel="external noopener noreferrer">` +
    `¶${paragraph} on the original page</a></p>`
  );
}
