/**
 * Quotes checked against the article text, and resolved to the anchors a citation links to.
 *
 * Every statement the site makes about the dialogue cites a quote from a report. A quote must appear word for
 * word in one article paragraph of that report (src/lib/content/article.ts: artifacts are not article text); it then
 * links to the sentence that holds it ("p3-s2"), or to the paragraph ("p3") where it runs across sentences.
 * A quote that is not there is an error for the editor, with a hint when it nearly matches.
 */
import { type Article, type ArticleParagraph, sentencePlace, sentenceSpans } from '../content/article.ts';
import type { Dossier, Source } from '../content/dossier.ts';
import { foldCharacters } from '../text/words.ts';

/** Where a quote was found in a report's article text. */
export interface QuoteLocation {
  /** Paragraph anchor, "p3". */
  anchor: string;
  /** 1-based paragraph number, for labels such as "¶3". */
  paragraph: number;
  /** Sentence anchor "p3-s2" when the quote lies within one sentence, else null. */
  sentence: string | null;
  /** The whole paragraph, to show the quote in context. */
  paragraphText: string;
  /** Offsets of the quote in the paragraph text. */
  start: number;
  end: number;
}

/** For near misses only: case, apostrophes and dashes (src/lib/text/words.ts), quote marks and spacing folded. */
function fold(text: string): string {
  return foldCharacters(text).replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

function sentenceHolding(paragraph: ArticleParagraph, start: number, end: number): string | null {
  return sentenceSpans(paragraph).find((s) => s.start <= start && end <= s.end)?.id ?? null;
}

/** The first paragraph holding the quote exactly, or null. */
export function locateQuote(article: Article, quote: string): QuoteLocation | null {
  if (quote.trim() === '') return null;
  for (const paragraph of article.paragraphs) {
    const start = paragraph.text.indexOf(quote);
    if (start === -1) continue;
    const end = start + quote.length;
    return {
      anchor: paragraph.anchor,
      paragraph: paragraph.index,
      sentence: sentenceHolding(paragraph, start, end),
      paragraphText: paragraph.text,
      start,
      end,
    };
  }
  return null;
}

/**
 * Why a quote was not found, for the error message: it differs from the text only in case, quote marks, dashes or
 * spacing; it lies in a capture artifact; or it is simply not there.
 */
export function explainMissingQuote(article: Article, quote: string): string {
  const folded = fold(quote);
  const near = article.paragraphs.find((p) => fold(p.text).includes(folded));
  if (near) {
    return `paragraph ${near.anchor} has it with different capitals, quote marks, dashes or spacing; copy the words exactly as the report writes them`;
  }
  if (article.artifacts.some((a) => a.lines.some((line) => fold(line).includes(folded)))) {
    return 'it is in a capture artifact, which is not part of the article';
  }
  return 'no article paragraph contains it';
}

/** A reference to another collection's entry, as Astro gives it. */
export interface EntryRef {
  id: string;
}

/** A quote as an editor writes it in content/facts/, content/discrepancies/ or content/events/. */
export interface QuoteInput {
  source: EntryRef;
  quote: string;
  note?: string | undefined;
}

/** A report in words, its kind and outlet: "Official readout, U.S. Department of Homeland Security". */
export function sourceNameOf(source: { kindLabel: string; outlet: { name: string } }): string {
  return `${source.kindLabel}, ${source.outlet.name}`;
}

/**
 * What a citation "[DHS ¶1]" stands for, in words: "paragraph 1 of the official readout, U.S. Department of Homeland
 * Security" (screen readers hear it after the short form; the overview explains the short form with it).
 */
export function citationInWords(paragraph: number, sourceName: string): string {
  return `paragraph ${paragraph} of the ${sourceName.replace(/^./u, (c) => c.toLowerCase())}`;
}

/** A checked quote: where it is, and how to link to it. */
export interface Citation {
  source: string;
  /** Short name for the link text, "DHS". */
  shortName: string;
  /** The report in words, for screen readers and tooltips: "Official readout, U.S. Department of Homeland Security". */
  sourceName: string;
  quote: string;
  note: string | null;
  /** Paragraph anchor on the source page. */
  anchor: string;
  paragraph: number;
  /** Sentence anchor when the quote lies within one sentence. */
  sentence: string | null;
  /** The fragment a link uses: the sentence where known, else the paragraph. */
  fragment: string;
  /** The paragraph, and the quote's offsets in it, to show the quote in context. */
  paragraphText: string;
  start: number;
  end: number;
}

/** The reports a quote may cite, by slug. */
export type SourceLookup = Pick<Dossier, 'sourceBySlug'>;

/**
 * Resolves one quote to its citation, or records in `problems` why it cannot be (`where` names the file and the
 * field: "content/facts/venue.yaml: support[0]").
 */
export function cite(problems: string[], where: string, input: QuoteInput, sources: SourceLookup): Citation | null {
  const source: Source | undefined = sources.sourceBySlug.get(input.source.id);
  if (!source) {
    problems.push(`${where}.source: no report "${input.source.id}" in content/sources/`);
    return null;
  }
  const article: Article = source.article;
  const location = locateQuote(article, input.quote);
  if (!location) {
    problems.push(
      `${where}.quote: "${input.quote}" is not word for word in the article text of report "${source.slug}" ` +
        `(content/sources/${source.slug}.mdx): ${explainMissingQuote(article, input.quote)}`,
    );
    return null;
  }
  return {
    source: source.slug,
    shortName: source.shortName,
    sourceName: sourceNameOf(source),
    quote: input.quote,
    note: input.note ?? null,
    anchor: location.anchor,
    paragraph: location.paragraph,
    sentence: location.sentence,
    fragment: location.sentence ?? location.anchor,
    paragraphText: location.paragraphText,
    start: location.start,
    end: location.end,
  };
}

/**
 * The link texts of citations shown together: "DHS ¶1", or, where two of them would read alike but lead to two
 * sentences of one paragraph, "DHS ¶1, sentence 2", so that no two links to different places share a name.
 */
export function citationLabels(citations: readonly Pick<Citation, 'shortName' | 'paragraph' | 'sentence'>[]): string[] {
  const short = citations.map((c) => `${c.shortName} ¶${c.paragraph}`);
  return citations.map((c, i) =>
    c.sentence !== null && citations.some((o, j) => short[j] === short[i] && o.sentence !== c.sentence)
      ? `${c.shortName} ${sentencePlace(c.sentence)}`
      : short[i]!,
  );
}
