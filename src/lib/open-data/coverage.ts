/**
 * The coverage as open data: dist/data/coverage.json and dist/data/coverage.csv, written by the static
 * endpoints in src/pages/data/. Deterministic: no timestamps, sources by date, topics by their order, evidence in
 * reading order, so two builds give the same bytes.
 */
import type { Coverage } from '../analysis/topics/coverage.ts';
import type { Source } from '../content/dossier.ts';

export interface CoverageJson {
  topics: { slug: string; title: string }[];
  sources: { slug: string; title: string; outlet: string; date: string; kind: string; url: string | null }[];
  coverage: {
    source: string;
    topic: string;
    evidence: { anchor: string; sentence: string; quote: string; negated: boolean }[];
  }[];
}

export function coverageJson(sources: readonly Source[], coverage: Coverage): CoverageJson {
  return {
    topics: coverage.topics.map((t) => ({ slug: t.slug, title: t.title })),
    sources: sources.map((s) => ({
      slug: s.slug,
      title: s.title,
      outlet: s.outlet.name,
      date: s.date.iso,
      kind: s.kind,
      url: s.url,
    })),
    coverage: coverage.cellsWithEvidence().map((cell) => ({
      source: cell.source,
      topic: cell.topic,
      evidence: cell.evidence.map((e) => ({
        anchor: e.anchor,
        sentence: e.sentence,
        quote: e.quote,
        negated: e.negated,
      })),
    })),
  };
}

/** A CSV field, quoted where RFC 4180 requires it. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = ['source', 'topic', 'evidence_sentences', 'negated_sentences', 'status'] as const;

/**
 * One row per source and topic, every pair included: the number of evidence sentences, how many of them say the
 * topic was not discussed, and the status ("covered", "negated-only", "not-mentioned"). CRLF line ends (RFC 4180).
 */
export function coverageCsv(sources: readonly Source[], coverage: Coverage): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const source of sources) {
    for (const topic of coverage.topics) {
      const cell = coverage.cell(source.slug, topic.slug);
      rows.push([source.slug, topic.slug, cell.evidence.length, cell.negated, cell.status].map(csvField).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
