/**
 * Topic coverage: which report supports which topic, sentence by sentence. Built once per build by
 * src/data/built-dossier.ts from the reports' article models and the topics collection; every page (the comparison
 * matrix, the topic pages, the highlights on the source pages) and the open data only read it.
 *
 * A report covers a topic when at least one of its article sentences (capture artifacts excluded) is evidence for
 * it. Evidence that only says the topic was not discussed is kept, flagged `negated`, and does not count as
 * covering: such a cell is "mentioned only as not discussed".
 */
import type { Article } from '../../content/article.ts';
import { ContentError } from '../../content/content-error.ts';
import { type SentenceMatch, type Term, compileTopics, matchSentence } from './topic-match.ts';

/** What a topic file holds (src/lib/analysis/topics/topic-schema.ts). */
export interface TopicFields {
  title: string;
  /** A short name, for highlights. */
  label: string;
  definition: string;
  order: number;
  terms: Term[];
  exclude: string[];
}

export interface TopicInput {
  id: string;
  filePath: string;
  data: TopicFields;
}

/** A topic as the pages use it: its file's data under its slug. */
export interface Topic extends TopicFields {
  slug: string;
}

export interface Evidence {
  /** Sentence anchor on the source page: "p3-s2". */
  sentence: string;
  /** Paragraph anchor on the source page: "p3". */
  anchor: string;
  /** The sentence exactly as on the source page. */
  quote: string;
  /** The sentence says the topic was not discussed. */
  negated: boolean;
  /** The topic's terms that matched, as written in the topic file. */
  terms: string[];
}

export type CellStatus = 'covered' | 'negated-only' | 'not-mentioned';

export interface Cell {
  source: string;
  topic: string;
  /** In reading order. */
  evidence: Evidence[];
  status: CellStatus;
  /** How many of the evidence sentences are negated. */
  negated: number;
}

export interface TopicSummary {
  /** Source slugs, in the order of the sources given to buildCoverage. */
  covered: string[];
  negatedOnly: string[];
  notMentioned: string[];
  /** The one source that covers the topic, where exactly one does. */
  exclusiveTo: string | null;
  /** Evidence sentences over all sources. */
  sentences: number;
}

export interface SourceSummary {
  covered: Topic[];
  negatedOnly: Topic[];
  notMentioned: Topic[];
  /** Topics no other source covers. */
  exclusive: Topic[];
  sentences: number;
}

export interface SentenceTopic {
  topic: Topic;
  negated: boolean;
}

export interface Coverage {
  /** Ordered by `order`, then slug. */
  topics: Topic[];
  /** Source slugs, in the order given. */
  sources: string[];
  topicBySlug: ReadonlyMap<string, Topic>;
  cell(source: string, topic: string): Cell;
  /** Cells with evidence, sources in order, topics in order within each source. */
  cellsWithEvidence(): Cell[];
  topicSummary(topic: string): TopicSummary;
  sourceSummary(source: string): SourceSummary;
  /** The topics a sentence is evidence for (empty when none). */
  sentenceTopics(source: string, sentence: string): SentenceTopic[];
}

export interface CoverageSource {
  slug: string;
  article: Article;
}

export function cellStatus(evidence: readonly Evidence[]): CellStatus {
  if (evidence.length === 0) return 'not-mentioned';
  return evidence.some((e) => !e.negated) ? 'covered' : 'negated-only';
}

/** The inner map of `outer` under `key`, made empty on first use. */
function inner<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let map = outer.get(key);
  if (!map) outer.set(key, (map = new Map()));
  return map;
}

/**
 * Step one of `buildCoverage`: every article sentence of every source matched against the compiled topics, as
 * evidence by source then topic, and as topics by source then sentence.
 */
function matchSources(
  sources: readonly CoverageSource[],
  compiled: ReturnType<typeof compileTopics>['compiled'],
  topicBySlug: ReadonlyMap<string, Topic>,
): { evidence: Map<string, Map<string, Evidence[]>>; bySentence: Map<string, Map<string, SentenceTopic[]>> } {
  // By source slug, then topic slug or sentence id: nested maps rather than joined keys, which cost a string per
  // lookup (a measured hot spot at a thousand reports).
  const evidence = new Map<string, Map<string, Evidence[]>>();
  const bySentence = new Map<string, Map<string, SentenceTopic[]>>();
  // A sentence repeated word for word (a wire story and its republications) is matched once.
  const matchesOf = new Map<string, SentenceMatch[]>();
  for (const source of sources) {
    const sourceEvidence = inner(evidence, source.slug);
    const sourceSentences = inner(bySentence, source.slug);
    for (const paragraph of source.article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        let found = matchesOf.get(sentence.text);
        if (!found) matchesOf.set(sentence.text, (found = matchSentence(sentence.text, compiled)));
        if (found.length === 0) continue;
        sourceSentences.set(
          sentence.id,
          found.map((m) => ({ topic: topicBySlug.get(m.topic)!, negated: m.negated })),
        );
        for (const m of found) {
          let list = sourceEvidence.get(m.topic);
          if (!list) sourceEvidence.set(m.topic, (list = []));
          // Each evidence has its own list of terms, as when every sentence was matched on its own.
          list.push({
            sentence: sentence.id,
            anchor: paragraph.anchor,
            quote: sentence.text,
            negated: m.negated,
            terms: [...m.terms],
          });
        }
      }
    }
  }
  return { evidence, bySentence };
}

export function buildCoverage(sources: readonly CoverageSource[], topicInputs: readonly TopicInput[]): Coverage {
  const topics: Topic[] = topicInputs
    .map((t) => ({ slug: t.id, ...t.data }))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug, 'en'));
  const fileOf = new Map(topicInputs.map((t) => [t.id, t.filePath]));
  const { compiled, problems } = compileTopics(topics);
  if (problems.length > 0) {
    throw new ContentError(problems.map((p) => `${fileOf.get(p.topic) ?? p.topic}: ${p.field}: ${p.message}`));
  }
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));

  const { evidence, bySentence } = matchSources(sources, compiled, topicBySlug);

  const sourceSlugs = sources.map((s) => s.slug);
  const known = new Set(sourceSlugs);
  const cells = new Map<string, Map<string, Cell>>();
  for (const source of sourceSlugs) {
    const sourceEvidence = evidence.get(source)!;
    const sourceCells = inner(cells, source);
    for (const topic of topics) {
      const list = sourceEvidence.get(topic.slug) ?? [];
      sourceCells.set(topic.slug, {
        source,
        topic: topic.slug,
        evidence: list,
        status: cellStatus(list),
        negated: list.filter((e) => e.negated).length,
      });
    }
  }

  const cell = (source: string, topic: string): Cell => {
    const found = cells.get(source)?.get(topic);
    if (!found) {
      throw new Error(
        `no coverage cell for source "${source}" and topic "${topic}"` + (known.has(source) ? '' : ' (unknown source)'),
      );
    }
    return found;
  };

  const topicSummaries = new Map<string, TopicSummary>();
  for (const topic of topics) {
    const row = sourceSlugs.map((s) => cell(s, topic.slug));
    const covered = row.filter((c) => c.status === 'covered').map((c) => c.source);
    topicSummaries.set(topic.slug, {
      covered,
      negatedOnly: row.filter((c) => c.status === 'negated-only').map((c) => c.source),
      notMentioned: row.filter((c) => c.status === 'not-mentioned').map((c) => c.source),
      exclusiveTo: covered.length === 1 ? covered[0]! : null,
      sentences: row.reduce((n, c) => n + c.evidence.length, 0),
    });
  }

  const topicSummary = (topic: string): TopicSummary => {
    const summary = topicSummaries.get(topic);
    if (!summary) throw new Error(`no topic "${topic}"`);
    return summary;
  };

  const sourceSummary = (source: string): SourceSummary => {
    const row = topics.map((t) => ({ topic: t, cell: cell(source, t.slug) }));
    return {
      covered: row.filter((r) => r.cell.status === 'covered').map((r) => r.topic),
      negatedOnly: row.filter((r) => r.cell.status === 'negated-only').map((r) => r.topic),
      notMentioned: row.filter((r) => r.cell.status === 'not-mentioned').map((r) => r.topic),
      exclusive: row.filter((r) => topicSummary(r.topic.slug).exclusiveTo === source).map((r) => r.topic),
      sentences: new Set(row.flatMap((r) => r.cell.evidence.map((e) => e.sentence))).size,
    };
  };

  return {
    topics,
    sources: sourceSlugs,
    topicBySlug,
    cell,
    cellsWithEvidence: () =>
      sourceSlugs.flatMap((s) => topics.map((t) => cell(s, t.slug)).filter((c) => c.evidence.length > 0)),
    topicSummary,
    sourceSummary,
    sentenceTopics: (source, sentence) => bySentence.get(source)?.get(sentence) ?? [],
  };
}

/**
 * The columns of a table of counts worth showing: those where some row is not zero. A column that is zero for every
 * row says nothing a sentence cannot say, and reads as a contradiction beside a picture that draws what it counts
 * under another heading; the page names the hidden columns in words instead.
 */
export function visibleColumns<R, C extends { value: (row: R) => number }>(
  columns: readonly C[],
  rows: readonly R[],
): { shown: C[]; hidden: C[] } {
  const shown: C[] = [];
  const hidden: C[] = [];
  for (const column of columns) (rows.some((r) => column.value(r) !== 0) ? shown : hidden).push(column);
  return { shown, hidden };
}
