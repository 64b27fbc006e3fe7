/**
 * The open data split by report (issue 26), so that no file grows with the whole dossier:
 *
 * - `data/sources/<slug>.json`: the report's entry of sources.json, its text included;
 * - `data/annotations/<slug>.jsonld`: the annotations on the report, as a W3C AnnotationPage of the collection
 *   annotations.jsonld (`partOf`, `startIndex`, `prev` and `next` in the dossier's order);
 * - `data/alignment/<slug>.json`: every aligned pair of sentences that has one sentence in the report;
 * - `data/by-report.json`: the index that lists them, report by report.
 *
 * A whole file (sources.json, annotations.jsonld, alignment.json) stays whole while it is at most `DATA_FILE_LIMIT`
 * bytes; beyond, it is written in its index form: what it is, and the per-report files that hold it (`wholeOrParts`).
 * The relative links inside a per-report file are one folder deeper than in the whole file, and rewritten so.
 */
import type { AlignedPair, SentenceRef } from '../analysis/alignment/index.ts';
import { href, paths } from '../site/links.ts';
import type { Annotation, AnnotationCollection } from './annotations.ts';
import type { SourcesJson } from './sources-export.ts';

/** The largest data file written whole: 16 MiB. */
export const DATA_FILE_LIMIT = 16 * 1024 * 1024;

/** Site paths of a report's data files. */
export const reportDataPaths = (slug: string) => ({
  sources: `/data/sources/${slug}.json`,
  annotations: `/data/annotations/${slug}.jsonld`,
  alignment: `/data/alignment/${slug}.json`,
});

export const BY_REPORT_PATH = '/data/by-report.json';

/** A data file's path relative to a file in /data/ itself: "/data/sources/a.json" -> "sources/a.json". */
const inData = (sitePath: string) => sitePath.slice('/data/'.length);

/** A link written relative to /data/ made relative to a file one folder deeper (/data/<kind>/). */
const deeper = (link: string) => (/^[a-z][a-z0-9+.-]*:|^#/i.test(link) ? link : `../${link}`);

export interface ByReportIndex {
  about: string;
  /** Per report, in the dossier's order: its files, relative to this index. */
  reports: { slug: string; sources: string; annotations: string; alignment: string }[];
}

/** data/by-report.json. */
export function byReportIndex(slugs: readonly string[]): ByReportIndex {
  return {
    about:
      'The open data split by report: for each report, its text (sources/<slug>.json, as an entry of sources.json), ' +
      'the annotations on it (annotations/<slug>.jsonld, a page of the collection annotations.jsonld) and the aligned ' +
      'sentence pairs it takes part in (alignment/<slug>.json). Paths are relative to this file.',
    reports: slugs.map((slug) => {
      const files = reportDataPaths(slug);
      return {
        slug,
        sources: inData(files.sources),
        annotations: inData(files.annotations),
        alignment: inData(files.alignment),
      };
    }),
  };
}

/** data/sources/<slug>.json: the report's entry, with the same `about`. */
export function reportSources(data: SourcesJson, slug: string): SourcesJson {
  const record = data.sources.find((r) => r.slug === slug);
  if (!record) throw new Error(`sources: no report "${slug}"`);
  return { about: data.about, sources: [{ ...record, page: deeper(record.page) }] };
}

export interface AnnotationPage {
  '@context': AnnotationCollection['@context'];
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  prev?: string;
  next?: string;
  items: Annotation[];
}

/** Each report's annotations, by slug, in the collection's order. */
function annotationsByReport(collection: AnnotationCollection, slugs: readonly string[]) {
  const slugOfTarget = new Map(slugs.map((slug) => [href(paths.annotations, paths.source(slug)), slug]));
  const byReport = new Map<string, Annotation[]>(slugs.map((slug) => [slug, []]));
  for (const item of collection.first.items) {
    const slug = slugOfTarget.get(item.target.source);
    if (slug === undefined) throw new Error(`annotations: ${item.id} targets ${item.target.source}, no report`);
    byReport.get(slug)!.push(item);
  }
  return byReport;
}

/** data/annotations/<slug>.jsonld for every report, by slug: pages of the collection, in the dossier's order. */
export function annotationPages(
  collection: AnnotationCollection,
  slugs: readonly string[],
): Map<string, AnnotationPage> {
  const byReport = annotationsByReport(collection, slugs);
  const pages = new Map<string, AnnotationPage>();
  const fileOf = (slug: string) => `${slug}.jsonld`;
  let startIndex = 0;
  slugs.forEach((slug, i) => {
    const items = byReport.get(slug)!.map((item) => ({
      ...item,
      body: item.body.map((b) => (b.type === 'SpecificResource' ? { ...b, source: deeper(b.source) } : b)),
      target: { ...item.target, source: deeper(item.target.source) },
    }));
    const page: AnnotationPage = {
      '@context': collection['@context'],
      id: fileOf(slug),
      type: 'AnnotationPage',
      partOf: `../${collection.id}`,
      startIndex,
      items,
    };
    if (i > 0) page.prev = fileOf(slugs[i - 1]!);
    if (i < slugs.length - 1) page.next = fileOf(slugs[i + 1]!);
    pages.set(slug, page);
    startIndex += items.length;
  });
  return pages;
}

export interface ReportAlignment {
  method: string;
  source: string;
  /** Every pair with a sentence in this report, in the whole file's order. */
  pairs: {
    a: SentenceRef;
    b: SentenceRef;
    kind: string;
    score: number;
    shared: string[];
    meanings: [string, string][];
  }[];
}

/** data/alignment/<slug>.json: the pairs of the whole export that have a sentence in the report. */
export function reportAlignment(
  whole: { method: string; pairs: Pick<AlignedPair, 'a' | 'b' | 'kind' | 'score' | 'shared' | 'meanings'>[] },
  slug: string,
): ReportAlignment {
  return reportAlignments(whole, [slug]).get(slug)!;
}

/**
 * data/alignment/<slug>.json for every report, by slug, in one pass over the pairs (each pair in the whole file's
 * order).
 */
export function reportAlignments(
  whole: { method: string; pairs: Pick<AlignedPair, 'a' | 'b' | 'kind' | 'score' | 'shared' | 'meanings'>[] },
  slugs: readonly string[],
): Map<string, ReportAlignment> {
  const bySlug = new Map<string, ReportAlignment>(
    slugs.map((slug) => [slug, { method: whole.method, source: slug, pairs: [] }]),
  );
  for (const pair of whole.pairs) {
    bySlug.get(pair.a.source)?.pairs.push(pair);
    if (pair.b.source !== pair.a.source) bySlug.get(pair.b.source)?.pairs.push(pair);
  }
  return bySlug;
}

/**
 * A whole file's text, or, when it would be over the limit, its index form: `{about, parts: [<per-report files>]}`
 * with the whole file's other top-level fields that are small (`keep`). Either way one line of JSON.
 */
export function wholeOrParts(
  whole: Record<string, unknown>,
  parts: {
    about: string;
    kind: keyof ReturnType<typeof reportDataPaths>;
    slugs: readonly string[];
    keep?: string[];
    /** Fields added to the index form (an annotation collection's `first` and `last` pages). */
    extra?: (files: string[]) => Record<string, unknown>;
  },
  limit: number = DATA_FILE_LIMIT,
): string {
  const text = `${JSON.stringify(whole)}\n`;
  if (Buffer.byteLength(text, 'utf8') <= limit) return text;
  const kept = Object.fromEntries((parts.keep ?? []).filter((k) => k in whole).map((k) => [k, whole[k]]));
  const files = parts.slugs.map((slug) => inData(reportDataPaths(slug)[parts.kind]));
  return `${JSON.stringify({
    ...kept,
    about: `${parts.about} Too large to write whole (over ${limit / 1024 / 1024} MiB): each report's part is its own file, listed in parts.`,
    parts: files,
    ...(parts.extra ? parts.extra(files) : {}),
  })}\n`;
}
