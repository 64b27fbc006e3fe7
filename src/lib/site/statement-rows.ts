/**
 * The rows of a statement page's table (src/pages/statements/[slug]/[anchor]/index.astro): one row per wording, its
 * text quoted, how it restates the page's sentence, and where it is said, each place linked to the report's sentence
 * and to the two reports side by side.
 *
 * Written as one escaped string, emitted with `set:html`: some 3,000 statement pages at 1,000 reports, with an Astro
 * element per link, cost Astro more than the string. The page gathers what the rows hold.
 *
 * Pure TypeScript; no astro:* import.
 */
import { escapeAttribute, escapeText, link } from './html.ts';

export interface StatementPlace {
  /** The other report's sentence. */
  href: string;
  /** "IANS ¶2". */
  label: string;
  /** The two reports side by side at the page's sentence's row, where that page exists. */
  pairHref: string | null;
  /** The place's id, for a link from a sentence whose page this is to land on it; null for none. */
  id?: string | null;
}

export interface StatementRow {
  /** The wording, word for word. */
  text: string;
  /**
   * How the first sentence of this wording restates the page's sentence: as the alignment pairs them, with its
   * score; or, with no score, as their words compare where the alignment pairs it only with another of these
   * (a copy or an edit whose page this is); or null where it is paired with another only.
   */
  how: { kind: string; score: number | null } | null;
  places: readonly StatementPlace[];
}

function rowHtml(row: StatementRow): string {
  const how =
    row.how === null
      ? 'through another of these sentences'
      : row.how.score === null
        ? `${escapeText(row.how.kind)}<span class="meta"> (by their words; paired through another of these)</span>`
        : `${escapeText(row.how.kind)}<span class="meta"> (score ${row.how.score.toFixed(2)})</span>`;
  const places = row.places
    .map(
      (p) =>
        `<li${p.id ? ` id="${escapeAttribute(p.id)}"` : ''}>${link(p.href, p.label)}` +
        `${p.pairHref === null ? '' : ` · ${link(p.pairHref, 'side by side')}`}</li>`,
    )
    .join('');
  return (
    `<tr><td><blockquote class="verbatim"><p>${escapeText(row.text)}</p></blockquote></td><td>${how}</td>` +
    `<td><ul class="statement-places">${places}</ul></td></tr>`
  );
}

/** The table's rows, in the order given, as HTML for its `<tbody>`. */
export function statementRowsHtml(rows: readonly StatementRow[]): string {
  return rows.map(rowHtml).join('');
}
