/**
 * The whole analysis of a build, as one pure function over plain data: the dossier (src/lib/dossier.ts), topic
 * coverage (coverage.ts) and text reuse (reuse.ts). src/data/ runs the same three steps once per build, split over
 * modules so that a page loads only what it reads; the benchmark (scripts/bench.ts) times them here, together.
 */
import { type Coverage, type TopicInput, buildCoverage } from './coverage.ts';
import { type Dossier, type OfficialInput, type OutletInput, type SourceInput, buildDossier } from './dossier.ts';
import { PAIR_PAGE_LIMIT, type ReuseAnalysis, analyseReuse } from './reuse.ts';

export interface AnalysisInput {
  sources: SourceInput[];
  outlets: OutletInput[];
  officials: OfficialInput[];
  topics: TopicInput[];
}

export interface Analysis {
  dossier: Dossier;
  coverage: Coverage;
  reuse: ReuseAnalysis;
}

/**
 * Reuse works on what the dossier holds: each report's article paragraphs, artifacts excluded. Passages are found
 * for the pairs that get a page (every pair of a small dossier); every pair gets its figures.
 */
export function reuseOf(dossier: Dossier): ReuseAnalysis {
  return analyseReuse(
    dossier.sources.map((source) => ({ id: source.slug, paragraphs: source.article.paragraphs })),
    { passageLimit: PAIR_PAGE_LIMIT },
  );
}

export function analyse(input: AnalysisInput): Analysis {
  const dossier = buildDossier(input);
  return { dossier, coverage: buildCoverage(dossier.sources, input.topics), reuse: reuseOf(dossier) };
}
