/**
 * The whole analysis of a build, as one pure function over plain data: the dossier (src/lib/content/dossier.ts), topic
 * coverage (coverage.ts), text reuse (reuse.ts), statement alignment (alignment.ts) and derivation (derivation.ts). src/data/ runs the same steps once per build, split over
 * modules so that a page loads only what it reads; the benchmark (scripts/bench.ts) times them here, together.
 */
import { type Alignment, alignStatements } from './alignment/index.ts';
import { type Coverage, type TopicInput, buildCoverage } from './topics/coverage.ts';
import {
  type CheckDocument,
  type Rebuild,
  type Reconstruction,
  type SelfCheckResult,
  commonReconstruction,
  dossierSelfCheck,
} from './collation/index.ts';
import {
  type Derivation,
  type DerivationDocument,
  type DeriveOptions,
  derive,
  isPrimary,
  rebuildFrom,
} from './derivation/index.ts';
import {
  type Dossier,
  type OfficialInput,
  type OutletInput,
  type SourceInput,
  buildDossier,
} from '../content/dossier.ts';
import { PAIR_PAGE_LIMIT, type ReuseAnalysis, analyseReuse, pairLookup } from './reuse/reuse.ts';

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
  alignment: Alignment;
  derivation: Derivation;
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

/** Alignment works on each report's article sentences, in the dossier's order (by date), artifacts and headings excluded. */
export function alignmentOf(dossier: Dossier): Alignment {
  return alignStatements(
    dossier.sources.map((source) => ({
      id: source.slug,
      sentences: source.article.paragraphs.flatMap((p) => p.sentences),
    })),
  );
}

/**
 * The dossier's reports as the derivation reads them: each report's date, kind, article sentences and the names a
 * credit may give it (its outlet and the outlet's aliases, its short name, the agency it carries).
 */
function derivationDocuments(dossier: Dossier): DerivationDocument[] {
  return dossier.sources.map((source) => ({
    id: source.slug,
    date: source.date,
    kind: source.kind,
    label: source.shortName,
    names: [
      source.outlet.name,
      ...(source.outlet.aliases ?? []),
      source.shortName,
      ...(source.carries ? [source.carries.name, ...(source.carries.aliases ?? [])] : []),
    ],
    sentences: source.article.paragraphs.flatMap((p) => p.sentences),
  }));
}

/** Copies are found from the reuse containment, where there is one. */
function deriveOptions(reuse?: ReuseAnalysis): DeriveOptions {
  const lookup = reuse ? pairLookup(reuse) : undefined;
  return lookup ? { containment: (from, to) => lookup.containment(from, to) } : {};
}

/** Derivation works on the alignment, the reuse containment (which finds copies) and the reports as above. */
export function derivationOf(dossier: Dossier, alignment: Alignment, reuse?: ReuseAnalysis): Derivation {
  return derive(derivationDocuments(dossier), alignment, deriveOptions(reuse));
}

/**
 * The self-check's rebuild (derivation's rebuildFrom): the text some of the dossier's reports follow, rebuilt from
 * them alone, copies found as derivationOf finds them.
 */
export function rebuildOf(dossier: Dossier, alignment: Alignment, reuse?: ReuseAnalysis): Rebuild {
  const documents = derivationDocuments(dossier);
  const options = deriveOptions(reuse);
  return (followers) => {
    const ids = new Set(followers);
    return rebuildFrom(
      documents.filter((d) => ids.has(d.id)),
      alignment,
      options,
    );
  };
}

/** The steps of the analysis, in order, by the names the benchmark prints. */
export type AnalysisStep = 'dossier' | 'coverage' | 'reuse' | 'alignment' | 'derivation';

/**
 * Runs each step through `step`, which by default just runs it: the benchmark passes one that times it, so that it
 * can say what each step costs without a second copy of the steps.
 */
export function analyse(
  input: AnalysisInput,
  step: <T>(name: AnalysisStep, run: () => T) => T = (_name, run) => run(),
): Analysis {
  const dossier = step('dossier', () => buildDossier(input));
  const coverage = step('coverage', () => buildCoverage(dossier.sources, input.topics));
  const reuse = step('reuse', () => reuseOf(dossier));
  const alignment = step('alignment', () => alignmentOf(dossier));
  const derivation = step('derivation', () => derivationOf(dossier, alignment, reuse));
  return { dossier, coverage, reuse, alignment, derivation };
}

/** Each copy's original, by the copy's id (ReportDerivation's copyOf): counted once with it. */
export function copiesOf(derivation: Derivation): ReadonlyMap<string, string> {
  return new Map(derivation.reports.flatMap((r) => (r.copyOf === null ? [] : [[r.id, r.copyOf] as const])));
}

/** What the site shows of the derivation's common sources, and how close the method comes on this dossier. */
export interface Reconstructions {
  /** Each common source's reconstruction (collation/given.ts), by its id. */
  reconstructions: Map<string, Reconstruction>;
  /** The dossier's self-check (collation/dossier.ts), or why there is none. */
  selfCheck: SelfCheckResult;
}

/**
 * The reconstructions and the self-check, after the analysis: src/data/reconstruction.ts computes them once per
 * build this way, and the benchmark times them here.
 */
export function reconstructionsOf(
  analysis: Omit<Analysis, 'coverage'>,
  step: <T>(name: 'reconstructions' | 'self-check', run: () => T) => T = (_name, run) => run(),
): Reconstructions {
  const { dossier, alignment, reuse, derivation } = analysis;
  const docs: CheckDocument[] = dossier.sources.map((s) => ({
    id: s.slug,
    primary: isPrimary(s.kind),
    sentences: s.article.paragraphs.flatMap((p) => p.sentences).map((x) => ({ id: x.id, text: x.text })),
  }));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const copyOf = copiesOf(derivation);
  const reconstructions = step(
    'reconstructions',
    () =>
      new Map(
        derivation.commonSources.map((c) => [c.id, commonReconstruction(c.witnesses, c.statements, byId, copyOf)]),
      ),
  );
  const selfCheck = step('self-check', () =>
    dossierSelfCheck(docs, derivation.edges, rebuildOf(dossier, alignment, reuse), copyOf),
  );
  return { reconstructions, selfCheck };
}
