/**
 * dist/data/annotations.jsonld: the site's evidence as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
 * the model annotation tools such as Hypothesis read (docs/data.md, "Open data").
 *
 * Two kinds of annotation, each targeting the source page of a report:
 * - every topic-evidence sentence (src/lib/analysis/topics/coverage.ts), motivation "classifying": the body names the topic, links
 *   to its page, and says whether the sentence covers it or says it was not discussed;
 * - every quote that supports one of the site's statements (content/facts/, src/lib/editorial/facts.ts), motivation
 *   "assessing": the body is the statement, how the report stands to it (agrees, differs, contradicts) and a link
 *   to the statement on the overview.
 *
 * Each target carries three selectors for the same passage: a TextQuoteSelector (the exact words, with up to 32
 * characters either side as prefix and suffix), a TextPositionSelector (code-point offsets into the report's
 * article text, which is data/sources.json's `text`: the page's article paragraphs, normalised as src/lib/content/fixity.ts
 * defines) and a FragmentSelector naming the anchor of the sentence on the page (the paragraph's, where a quote runs
 * across sentences). Addresses are relative to the file, so they resolve wherever the site is hosted or opened.
 * Deterministic: reports in the dossier's order, topics and facts in theirs.
 */
import { href, paths } from '../site/links.ts';
import type { SourceRecord, Span } from './sources-export.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** How many characters of context a TextQuoteSelector carries on each side, as Hypothesis records them. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: 'http://tools.ietf.org/rfc/rfc3986';
  value: string;
}
export type Selector = TextQuoteSelector | TextPositionSelector | FragmentSelector;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'assessing';
  value: string;
  format: 'text/plain';
  language: 'en';
}
export interface LinkBody {
  type: 'SpecificResource';
  purpose: 'classifying' | 'linking';
  source: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'classifying' | 'assessing';
  body: (TextualBody | LinkBody)[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector, FragmentSelector] };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** What the annotations are made from: plain data, so that tests need no build. */
export interface AnnotationInput {
  sources: readonly SourceRecord[];
  topics: readonly { slug: string; title: string }[];
  evidence: readonly {
    source: string;
    topic: string;
    evidence: readonly { sentence: string; negated: boolean }[];
  }[];
  facts: readonly {
    id: string;
    statement: string;
    support: readonly {
      source: string;
      quote: string;
      stance: string;
      /** Paragraph anchor, the paragraph's text as on the page, and the quote's UTF-16 offsets in it. */
      anchor: string;
      paragraphText: string;
      start: number;
      /** Sentence anchor where the quote lies within one sentence, else the paragraph's. */
      fragment: string;
    }[];
  }[];
}

const FILE = paths.annotations;

const text = (purpose: TextualBody['purpose'], value: string): TextualBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
  language: 'en',
});

/**
 * A report's article text, sliced by code-point offsets (TextPositionSelector counts code points, JavaScript strings
 * UTF-16 units). Where the text has no character outside the Basic Multilingual Plane the two counts agree, and the
 * string is sliced as it is: the usual case, and at a thousand reports a measured cost otherwise.
 */
class Characters {
  private readonly text: string;
  /** UTF-16 offset of each code point, and of the end; null where they are the same numbers. */
  private readonly units: number[] | null;
  constructor(text: string) {
    this.text = text;
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.units = null;
      return;
    }
    const units: number[] = [];
    let at = 0;
    for (const ch of text) {
      units.push(at);
      at += ch.length;
    }
    units.push(at);
    this.units = units;
  }
  private unit(offset: number): number {
    const clamped = Math.max(0, offset);
    if (this.units === null) return clamped;
    return this.units[Math.min(clamped, this.units.length - 1)]!;
  }
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }
}

function target(
  record: SourceRecord,
  chars: Characters,
  start: number,
  end: number,
  fragment: string,
): Annotation['target'] {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: chars.slice(start, end) };
  const prefix = chars.slice(start - QUOTE_CONTEXT, start);
  const suffix = chars.slice(end, end + QUOTE_CONTEXT);
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  return {
    source: href(FILE, paths.source(record.slug)),
    selector: [
      quote,
      { type: 'TextPositionSelector', start, end },
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: fragment },
    ],
  };
}

export function buildAnnotations(input: AnnotationInput): AnnotationCollection {
  const records = new Map(input.sources.map((r) => [r.slug, r]));
  const characters = new Map<string, Characters>();
  const charsOf = (record: SourceRecord) => {
    let chars = characters.get(record.slug);
    if (!chars) characters.set(record.slug, (chars = new Characters(record.text)));
    return chars;
  };
  const recordOf = (slug: string, what: string) => {
    const record = records.get(slug);
    if (!record) throw new Error(`${what}: no report "${slug}" among the sources`);
    return record;
  };
  const sentencesBySource = new Map<string, Map<string, Span>>();
  const sentencesOf = (record: SourceRecord) => {
    let sentences = sentencesBySource.get(record.slug);
    if (!sentences) {
      sentences = new Map(record.paragraphs.flatMap((p) => p.sentences.map((s) => [s.anchor, s] as const)));
      sentencesBySource.set(record.slug, sentences);
    }
    return sentences;
  };
  const topicTitle = new Map(input.topics.map((t) => [t.slug, t.title]));
  const items: Annotation[] = [];

  for (const cell of input.evidence) {
    const record = recordOf(cell.source, `evidence for topic "${cell.topic}"`);
    const sentences = sentencesOf(record);
    const title = topicTitle.get(cell.topic) ?? cell.topic;
    for (const e of cell.evidence) {
      const sentence = sentences.get(e.sentence);
      if (!sentence) throw new Error(`evidence for topic "${cell.topic}": no sentence ${e.sentence} in ${cell.source}`);
      items.push({
        id: `#topic-${cell.topic}--${cell.source}--${e.sentence}`,
        type: 'Annotation',
        motivation: 'classifying',
        body: [
          {
            type: 'SpecificResource',
            purpose: 'classifying',
            source: href(FILE, paths.topic(cell.topic)),
          },
          text(
            'describing',
            e.negated
              ? `Says that the topic “${title}” was not discussed.`
              : `Evidence that the report covers the topic “${title}”.`,
          ),
        ],
        target: target(record, charsOf(record), sentence.start, sentence.end, sentence.anchor),
      });
    }
  }

  for (const fact of input.facts) {
    fact.support.forEach((s, i) => {
      const where = `fact "${fact.id}", support[${i}]`;
      const record = recordOf(s.source, where);
      const paragraph = record.paragraphs.find((p) => p.anchor === s.anchor);
      if (!paragraph) throw new Error(`${where}: no paragraph ${s.anchor} in ${s.source}`);
      const start = paragraph.start + Array.from(s.paragraphText.slice(0, s.start).normalize('NFC')).length;
      const exact = s.quote.normalize('NFC');
      const end = start + Array.from(exact).length;
      const chars = charsOf(record);
      if (chars.slice(start, end) !== exact) {
        throw new Error(`${where}: the quote is not at ${start}–${end} of the article text of ${s.source}`);
      }
      items.push({
        id: `#fact-${fact.id}--${i + 1}`,
        type: 'Annotation',
        motivation: 'assessing',
        body: [
          text('describing', fact.statement),
          text('assessing', s.stance),
          { type: 'SpecificResource', purpose: 'linking', source: href(FILE, paths.home, `fact-${fact.id}`) },
        ],
        target: target(record, chars, start, end, s.fragment),
      });
    });
  }

  return {
    '@context': ANNOTATION_CONTEXT,
    id: 'annotations.jsonld',
    type: 'AnnotationCollection',
    label: 'Topic evidence and the quotes behind the site’s statements, on the pages of the reports',
    total: items.length,
    first: { id: '#page1', type: 'AnnotationPage', startIndex: 0, items },
  };
}
