/**
 * dist/data/sources.json: the catalogue of reports and their texts as data (docs/data.md, "Open data"), so that anyone can
 * rerun an analysis without scraping the pages.
 *
 * Each report's `text` is its article text as defined for fixity (src/lib/content/fixity.ts: paragraphs in order, NFC,
 * joined by a blank line), and `sha256.text` is its digest. Every paragraph and sentence carries its anchor on the
 * source page and its offsets in `text`, counted in Unicode code points (as the W3C Web Annotation model's
 * TextPositionSelector counts, and as Python indexes a str): `text[start:end]` is the paragraph or sentence.
 * Deterministic: reports in the dossier's order, no timestamps.
 */
import type { ArticleArtifact, ArticleHeading } from '../content/article.ts';
import type { Source } from '../content/dossier.ts';
import { type CaptureFixity, PARAGRAPH_SEPARATOR, fixityText } from '../content/fixity.ts';
import { href, paths } from '../site/links.ts';

export interface Span {
  anchor: string;
  /** Offsets in the report's `text`, in code points; end is exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface ParagraphRecord extends Span {
  sentences: Span[];
}

export interface SourceRecord {
  slug: string;
  title: string;
  /** The short name the site cites it by ("DHS" in "[DHS ¶3]"): unique in the dossier. */
  citedAs: string;
  /** The page that shows the report, relative to this file: "../sources/<slug>/index.html". */
  page: string;
  outlet: { slug: string; name: string };
  /** The agency whose story the outlet carries, where the capture names one. */
  carries: { slug: string; name: string } | null;
  /** The site the capture was taken from, where it is not the outlet's own. */
  capturedFrom: { slug: string; name: string } | null;
  kind: string;
  /** "YYYY-MM-DD", or "YYYY-MM" where only the month is known. */
  date: string;
  datePrecision: 'day' | 'month';
  dateSource: string;
  /** Where the report was found, or null where not known. */
  url: string | null;
  author: string | null;
  language: string;
  sha256: { text: string; capture: CaptureFixity | null };
  text: string;
  paragraphs: ParagraphRecord[];
  /** Section headings, with how many paragraphs come before each; not part of `text`. */
  headings: ArticleHeading[];
  /** Capture debris kept apart from the article; not part of `text`. */
  artifacts: ArticleArtifact[];
}

export interface SourcesJson {
  about: string;
  sources: SourceRecord[];
}

const SOURCES_JSON_PATH = paths.sourcesJson;

const outletRef = (o: { slug: string; name: string } | null) => (o ? { slug: o.slug, name: o.name } : null);

/** Length in code points (a character outside the Basic Multilingual Plane is one, not two UTF-16 units). */
export function codePoints(text: string): number {
  // Without a surrogate the two counts agree (the usual case; counting was a measured cost at a thousand reports).
  if (!/[\uD800-\uDFFF]/.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A report's paragraphs and sentences with their code-point offsets in the NFC article text. */
export function articleSpans(source: Pick<Source, 'slug' | 'article'>): {
  text: string;
  paragraphs: ParagraphRecord[];
} {
  const text = fixityText(source.article);
  const paragraphs: ParagraphRecord[] = [];
  let offset = 0;
  for (const paragraph of source.article.paragraphs) {
    const ptext = paragraph.text.normalize('NFC');
    const sentences: Span[] = [];
    let cursor = 0;
    for (const sentence of paragraph.sentences) {
      const stext = sentence.text.normalize('NFC');
      const at = ptext.indexOf(stext, cursor);
      if (at === -1)
        throw new Error(`${source.slug}: sentence ${sentence.id} is not in paragraph ${paragraph.anchor} after NFC`);
      const start = offset + codePoints(ptext.slice(0, at));
      sentences.push({ anchor: sentence.id, start, end: start + codePoints(stext), text: stext });
      cursor = at + stext.length;
    }
    const length = codePoints(ptext);
    paragraphs.push({ anchor: paragraph.anchor, start: offset, end: offset + length, text: ptext, sentences });
    offset += length + codePoints(PARAGRAPH_SEPARATOR);
  }
  return { text, paragraphs };
}

export function sourceRecord(source: Source): SourceRecord {
  const { text, paragraphs } = articleSpans(source);
  return {
    slug: source.slug,
    title: source.title,
    citedAs: source.shortName,
    page: href(SOURCES_JSON_PATH, paths.source(source.slug)),
    outlet: { slug: source.outlet.slug, name: source.outlet.name },
    carries: outletRef(source.carries),
    capturedFrom: outletRef(source.capturedFrom),
    kind: source.kind,
    date: source.date.iso,
    datePrecision: source.date.precision,
    dateSource: source.dateSource,
    url: source.url,
    author: source.author,
    language: source.language,
    sha256: { text: source.fixity.text, capture: source.fixity.capture },
    text,
    paragraphs,
    headings: source.article.headings,
    artifacts: source.article.artifacts,
  };
}

export function sourcesJson(sources: readonly Source[]): SourcesJson {
  return {
    about:
      'Every report of the dossier with its article text. text: the article paragraphs in order, NFC, joined by a ' +
      'blank line; sha256.text is its SHA-256. Offsets are in Unicode code points into text. The texts belong to ' +
      'their publishers and are kept for documentation; see the open data page.',
    sources: sources.map(sourceRecord),
  };
}
