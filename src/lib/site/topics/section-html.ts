/**
 * One report's evidence for a topic, as HTML (a topic page has up to fifty of them, src/pages/topics/[slug]/
 * [...page].astro): its sentences quoted, each linked to its paragraph and sentence, and to its statement page where
 * it has one; the wire story it copies, if any; the copies with the same evidence, named. Written as one escaped
 * string, emitted with `set:html`, rather than a component per section and one per date; the page gathers what
 * it holds (src/data/topic-sections.ts).
 *
 * Pure TypeScript; no astro:* import.
 */
import { attribute, escapeText, link } from '../html.ts';

export interface SectionLink {
  href: string;
  text: string;
}

export interface SectionEvidence {
  negated: boolean;
  quote: string;
  paragraph: SectionLink;
  sentence: SectionLink;
  terms: readonly string[];
  /** "who else says it": the sentence's statement page, where it has one. */
  statementHref: string | null;
}

export interface TopicSectionHtml {
  /** The report's slug, for the section's heading id. */
  slug: string;
  title: SectionLink;
  /** "Outlet · Kind · ", before the date. */
  outlet: string;
  /** The short name the site cites the report by (the topic's summary names it so); said where it is not the outlet's. */
  citedAs: string;
  kind: string;
  date: { iso: string; text: string };
  language: string;
  /**
   * The wire story this report copies, linked by the short name the site cites it by (two wire stories of one outlet
   * would read alike by the outlet's name).
   */
  wire: SectionLink | null;
  evidence: readonly SectionEvidence[];
  /**
   * Copies whose evidence is the same: how many, those named (linked, by the short names the site cites them by), and
   * the count of the others, as figures.
   */
  copies: { count: number; countText: string; named: readonly SectionLink[]; unnamed: number; unnamedText: string };
}

function evidenceHtml(e: SectionEvidence, language: string): string {
  return (
    `<li>${e.negated ? '<p class="negated-label">Says this was not discussed:</p>' : ''}` +
    `<blockquote class="verbatim"${attribute('lang', language)}><p>${escapeText(e.quote)}</p></blockquote>` +
    `<p class="meta">${link(e.paragraph.href, e.paragraph.text)}, ${link(e.sentence.href, e.sentence.text)} · ` +
    `matched: ${escapeText(e.terms.join('; '))}` +
    `${e.statementHref === null ? '' : ` · ${link(e.statementHref, 'who else says it')}`}</p></li>`
  );
}

export function topicSectionHtml(s: TopicSectionHtml): string {
  const id = `source-${s.slug}`;
  const evidence =
    s.evidence.length === 0
      ? '<p class="none">Not mentioned in this report.</p>'
      : `<ol class="evidence">${s.evidence.map((e) => evidenceHtml(e, s.language)).join('')}</ol>`;
  const copies =
    s.copies.count === 0
      ? ''
      : `<p class="copies">And ${escapeText(s.copies.countText)} ${s.copies.count === 1 ? 'copy' : 'copies'} with ` +
        `the same sentences: ${s.copies.named.map((c) => link(c.href, c.text)).join(', ')}` +
        `${s.copies.unnamed > 0 ? ` and ${escapeText(s.copies.unnamedText)} more` : ''}.</p>`;
  return (
    `<section class="topic-source${s.wire ? ' topic-copy' : ''}"${attribute('aria-labelledby', id)}>` +
    `<h2${attribute('id', id)}>${link(s.title.href, s.title.text)}</h2>` +
    `<p class="meta">${escapeText(s.outlet)} · ${escapeText(s.kind)} · ` +
    `<time${attribute('datetime', s.date.iso)}>${escapeText(s.date.text)}</time>` +
    `${s.citedAs === s.outlet ? '' : ` · cited as <strong>${escapeText(s.citedAs)}</strong>`}` +
    `${s.wire ? ` · a copy of the wire story ${link(s.wire.href, s.wire.text)}` : ''}</p>` +
    `${evidence}${copies}</section>`
  );
}
