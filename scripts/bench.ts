/**
 * npm run bench -- --sources N [--seed S] [--runs R] [--keep] [--full-only] [--analysis-only [--digest]]
 *
 * Measures what the site costs to build beyond Astro itself, at N reports:
 * 1. makes N synthetic reports from the real reports' sentences (scripts/lib/bench.ts) and writes them with the
 *    add-source writer (scripts/lib/add-source.ts) into two temporary copies of the site as it is now;
 * 2. builds the full site in one copy, and in the other a bare baseline: the same MDX through the same Astro
 *    configuration, one plain page per report and nothing else (no dossier, no analysis, no other page);
 * 3. times the analysis on its own (`analyse`: dossier, coverage, reuse, alignment and derivation, which src/data/
 *    runs once per build), and each of those steps, on N and on 10N reports, to show how it grows; the first run at
 *    N is also printed alone, since a build runs the analysis once, cold;
 * 4. checks the full build's output against the size bounds of `npm run size` (pages, data files, the search's first
 *    answer; scripts/lib/bench-budget.ts) and prints its largest page and file;
 * 5. prints wall time, peak memory and pages per build, the build goals met or not, and last
 *    `bench: N sources, full S s, bare S s, ratio R`.
 * The figures are also written to bench-results/ (ignored by git). With --full-only, only the full site is built
 * (no bare baseline, no analysis timing): for looking at the pages' sizes, with --keep, without the other costs.
 * With --analysis-only, no site is built: the analysis at N is run R times (--runs) in this process, each run and
 * its steps printed (the first is cold, as in a build), then once what a build computes after it (the
 * reconstructions and the self-check, src/lib/analysis/index.ts reconstructionsOf), and with --digest a SHA-256 of
 * each part of their output.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '@mdx-js/mdx';
import { load } from 'js-yaml';
import remarkGfm from 'remark-gfm';
import { parseFrontmatter, renderSourceMdx } from './lib/add-source.ts';
import { SOURCE_KINDS } from '../src/lib/content/vocabularies.ts';
import type { Article } from '../src/lib/content/article.ts';
import {
  type PoolReport,
  type SyntheticReport,
  articleOfParagraphs,
  formatBytes,
  generateSyntheticReports,
  growthExponent,
  median,
  pagesBuilt,
  seconds,
  summaryLine,
} from './lib/bench.ts';
import type { TopicInput } from '../src/lib/analysis/topics/coverage.ts';
import type { OfficialInput, OutletInput, SourceInput } from '../src/lib/content/dossier.ts';
import { topicSchema } from '../src/lib/analysis/topics/topic-schema.ts';
import { transformArticle } from '../src/lib/content/rehype-article.ts';
import { REPO_ROOT, type BuildResult, buildSite, copySite, removeSite } from './lib/temp-site.ts';
import { goalLines, readBuilt, sizeFigures, sizeLines } from './lib/bench-budget.ts';

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    args: process.argv.slice(2),
    options: {
      sources: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      'full-only': { type: 'boolean', default: false },
      'analysis-only': { type: 'boolean', default: false },
      digest: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(
    `${(error as Error).message.split('. To specify')[0]} (usage: npm run bench -- --sources N [--seed S] [--runs R] [--keep] [--full-only] [--analysis-only [--digest]])`,
  );
}
const count = Number(args.sources);
const seed = Number(args.seed);
if (!Number.isInteger(count) || count < 1) fail(`--sources must be a whole number of reports, not "${args.sources}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${args.seed}"`);
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of builds, not "${args.runs}"`);

/* ---------- The real content: the pool of sentences, and the collections the analysis needs ---------- */

const content = join(REPO_ROOT, 'content');
const filesIn = (folder: string, extension: string) =>
  readdirSync(join(content, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name))
    .sort();
const slugOf = (path: string) =>
  path
    .split('/')
    .at(-1)!
    .replace(/\.[^.]+$/, '');
const repoPath = (path: string) => relative(REPO_ROOT, path).split('\\').join('/');

/** A report's article model, read by the site's own rehype plugin through the MDX compiler. */
async function articleOfMdx(body: string, path: string): Promise<Article> {
  let article: Article | undefined;
  await compile(
    { value: body, path },
    {
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        () => (tree: unknown) =>
          void (article = transformArticle(tree as Parameters<typeof transformArticle>[0], path)),
      ],
    },
  );
  return article!;
}

type Frontmatter = Record<string, unknown>;
const ref = (id: unknown) => ({ id: String(id) });

/** Frontmatter as the content layer hands it over: references become `{ id }`. */
function sourceData(data: Frontmatter): SourceInput['data'] {
  return {
    ...(data as unknown as SourceInput['data']),
    outlet: ref(data['outlet']),
    capturedFrom: data['capturedFrom'] === undefined ? undefined : ref(data['capturedFrom']),
    carries: data['carries'] === undefined ? undefined : ref(data['carries']),
    officials: ((data['officials'] as unknown[] | undefined) ?? []).map(ref),
  };
}

const realSources: SourceInput[] = [];
const pool: PoolReport[] = [];
for (const path of filesIn('sources', '.mdx')) {
  const { data, body } = parseFrontmatter(readFileSync(path, 'utf8'));
  const article = await articleOfMdx(body, path);
  realSources.push({ id: slugOf(path), filePath: repoPath(path), body, article, data: sourceData(data) });
  pool.push({
    slug: slugOf(path),
    title: String(data['title']),
    paragraphs: article.paragraphs.map((p) => p.sentences.map((s) => s.text)),
  });
}
const outlets: OutletInput[] = filesIn('outlets', '.yaml').map((path) => ({
  id: slugOf(path),
  filePath: repoPath(path),
  data: load(readFileSync(path, 'utf8')) as OutletInput['data'],
}));
const officials: OfficialInput[] = filesIn('officials', '.yaml').map((path) => {
  const data = load(readFileSync(path, 'utf8')) as Frontmatter;
  const titles = (data['titles'] as { source: string; title: string }[]).map((t) => ({
    source: ref(t.source),
    title: t.title,
  }));
  return {
    id: slugOf(path),
    filePath: repoPath(path),
    data: { ...(data as unknown as OfficialInput['data']), titles },
  };
});

// The topics, parsed by the same schema as the content layer's (src/lib/analysis/topics/topic-schema.ts).
const topics: TopicInput[] = filesIn('topics', '.md').map((path) => {
  const { data } = parseFrontmatter(readFileSync(path, 'utf8'));
  return { id: slugOf(path), filePath: repoPath(path), data: topicSchema.parse(data) };
});

const vocabulary = {
  outlets: outlets.map((o) => o.id),
  kinds: SOURCE_KINDS,
  officials: officials.map((o) => ({ slug: o.id, names: o.data.names })),
};

/* ---------- Builds ---------- */

/** The bare baseline's only route, with its own plain S and Artifact so that nothing of the site's analysis runs. */
const BARE_ROUTE = `---
/** The benchmark's bare baseline (scripts/bench.ts): one plain page per report, no dossier, no analysis. */
import { getCollection, render } from 'astro:content';
import S from '../bench-bare/S.astro';
import Artifact from '../bench-bare/Artifact.astro';

export async function getStaticPaths() {
  const entries = await getCollection('sources');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content components={{ S, Artifact }} />
  </body>
</html>
`;

async function prepare(kind: 'full' | 'bare', reports: SyntheticReport[]): Promise<string> {
  const site = await copySite({ prefix: `hsd-bench-${kind}-` });
  for (const report of reports) {
    writeFileSync(
      join(site, 'content/sources', `${report.slug}.mdx`),
      renderSourceMdx(report.frontmatter, report.paragraphs),
    );
  }
  if (kind === 'bare') {
    rmSync(join(site, 'src/pages'), { recursive: true, force: true });
    mkdirSync(join(site, 'src/pages'));
    mkdirSync(join(site, 'src/bench-bare'));
    writeFileSync(join(site, 'src/pages/[slug].astro'), BARE_ROUTE);
    writeFileSync(join(site, 'src/bench-bare/S.astro'), '<span id={Astro.props.id}><slot /></span>\n');
    writeFileSync(join(site, 'src/bench-bare/Artifact.astro'), '<aside id={Astro.props.id}><slot /></aside>\n');
  }
  return site;
}

interface Measured {
  ms: number;
  cpuMs: number | null;
  peakBytes: number | null;
  pages: number | null;
}

async function build(label: string, site: string): Promise<Measured> {
  process.stdout.write(`${label}: building… `);
  // Every build starts cold, as on a fresh clone: no content data store, no Vite cache, no previous output.
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro', 'dist'])
    rmSync(join(site, cache), { recursive: true, force: true });
  const result: BuildResult = await buildSite(site, { measureMemory: true });
  if (result.code !== 0) {
    console.log('failed');
    console.error(result.output.split('\n').slice(-40).join('\n'));
    fail(`the ${label} build failed (exit status ${result.code}); its copy is kept at ${site}`);
  }
  const pages = pagesBuilt(result.output);
  const cpu = result.cpuMs === null ? '' : ` (processor ${seconds(result.cpuMs)} s)`;
  console.log(`${seconds(result.ms)} s${cpu}, peak memory ${formatBytes(result.peakBytes)}, ${pages ?? '?'} pages`);
  return { ms: result.ms, cpuMs: result.cpuMs, peakBytes: result.peakBytes, pages };
}

/** Builds full and bare in turn, `runs` times; each figure is the median (time) or the largest (memory). */
async function measureBuilds(full: string, bare: string): Promise<{ full: Measured; bare: Measured }> {
  const times: { full: Measured[]; bare: Measured[] } = { full: [], bare: [] };
  for (let run = 1; run <= runs; run++) {
    const suffix = runs > 1 ? ` (run ${run} of ${runs})` : '';
    times.full.push(await build(`full site${suffix}`, full));
    times.bare.push(await build(`bare Astro${suffix}`, bare));
  }
  const summary = (measured: Measured[]): Measured => ({
    ms: median(measured.map((m) => m.ms)),
    cpuMs: measured.some((m) => m.cpuMs === null) ? null : median(measured.map((m) => m.cpuMs!)),
    peakBytes: measured.some((m) => m.peakBytes === null) ? null : Math.max(...measured.map((m) => m.peakBytes!)),
    pages: measured[0]!.pages,
  });
  return { full: summary(times.full), bare: summary(times.bare) };
}

/* ---------- Analysis on its own ---------- */

function analysisInput(reports: SyntheticReport[]) {
  const synthetic: SourceInput[] = reports.map((r) => ({
    id: r.slug,
    filePath: `content/sources/${r.slug}.mdx`,
    body: r.paragraphs.join('\n\n'),
    article: articleOfParagraphs(r.paragraphs),
    data: sourceData(r.frontmatter as unknown as Frontmatter),
  }));
  return { sources: [...realSources, ...synthetic], outlets, officials, topics };
}

/**
 * The analysis: `analyse` (src/lib/analysis/index.ts), the dossier, topic coverage, text reuse, statement alignment and derivation that src/data/ computes
 * once per build. Loaded when needed, so that a module Node cannot run directly costs the analysis figures, not
 * the builds.
 */
type Analyse = typeof import('../src/lib/analysis/index.ts').analyse;
type AnalysisStep = import('../src/lib/analysis/index.ts').AnalysisStep;

async function loadAnalysis(): Promise<Analyse | string> {
  try {
    return (await import('../src/lib/analysis/index.ts')).analyse;
  } catch (error) {
    return `src/lib/analysis/index.ts cannot be loaded by Node (${String((error as Error).message).split('\n')[0]})`;
  }
}

interface AnalysisTimes {
  sources: number;
  /** Median of the whole analysis over the runs. */
  ms: number;
  /** The first run alone: a build runs the analysis once, with nothing worked out before (no cache, no compiled code). */
  firstMs: number;
  /** Median of each step over the runs. */
  steps: Record<AnalysisStep, number>;
}

/** Median times of the analysis and of each of its steps over a few runs (more when it is quick). */
function timeAnalysis(analyse: Analyse, input: ReturnType<typeof analysisInput>): AnalysisTimes {
  const totals: number[] = [];
  const steps: Record<AnalysisStep, number[]> = { dossier: [], coverage: [], reuse: [], alignment: [], derivation: [] };
  const started = performance.now();
  do {
    const t = performance.now();
    analyse(input, (name, run) => {
      const s = performance.now();
      const result = run();
      steps[name].push(performance.now() - s);
      return result;
    });
    totals.push(performance.now() - t);
  } while (totals.length < 5 && (totals.length < 1 || performance.now() - started < 3000));
  return {
    sources: input.sources.length,
    ms: median(totals),
    firstMs: totals[0]!,
    steps: {
      dossier: median(steps.dossier),
      coverage: median(steps.coverage),
      reuse: median(steps.reuse),
      alignment: median(steps.alignment),
      derivation: median(steps.derivation),
    },
  };
}

/* ---------- Run ---------- */

console.log(
  `Benchmark: ${count} synthetic reports (seed ${seed}) beside the ${realSources.length} real ones, on ${process.version}`,
);
const reports = generateSyntheticReports(pool, vocabulary, count, seed);
if (args['analysis-only']) {
  const analyse = await loadAnalysis();
  if (typeof analyse === 'string') fail(analyse);
  const input = analysisInput(reports);
  let result: object = {};
  let last = { wall: 0, processor: 0 };
  for (let run = 1; run <= runs; run++) {
    const steps: string[] = [];
    const cpu = process.cpuUsage();
    const t = performance.now();
    result = analyse(input, (name, step) => {
      const s = performance.now();
      const value = step();
      steps.push(`${name} ${(performance.now() - s).toFixed(0)}`);
      return value;
    });
    const wall = performance.now() - t;
    const { user, system } = process.cpuUsage(cpu);
    // Processor time too (every thread of the process: the garbage collector's and compiler's helpers included):
    // on a shared machine it varies less with the others' load than wall time does.
    const processor = (user + system) / 1000;
    last = { wall, processor };
    console.log(
      `analysis run ${run}: ${wall.toFixed(0)} ms, processor ${processor.toFixed(0)} ms (${steps.join(', ')})`,
    );
  }
  // What a build computes after the analysis (src/data/reconstruction.ts): each common source's reconstruction and
  // the self-check, which runs the derivation again on the readout's followers. Timed once, after the last run.
  const { reconstructionsOf } = await import('../src/lib/analysis/index.ts');
  const cpu = process.cpuUsage();
  const t = performance.now();
  const parts: string[] = [];
  const rebuilt = reconstructionsOf(result as Parameters<typeof reconstructionsOf>[0], (name, step) => {
    const s = performance.now();
    const value = step();
    parts.push(`${name} ${(performance.now() - s).toFixed(0)}`);
    return value;
  });
  const wall = performance.now() - t;
  const { user, system } = process.cpuUsage(cpu);
  const processor = (user + system) / 1000;
  // The derivation's statements each reconstruction leaves out (derivation.json: kept false, no wording).
  const { commonSources } = (result as Parameters<typeof reconstructionsOf>[0]).derivation;
  const statements = commonSources.reduce((n, c) => n + c.statements.length, 0);
  const kept = [...rebuilt.reconstructions.values()].reduce(
    (n, r) => n + new Set(r.statements.flatMap((s) => (s.given === null ? [] : [s.given]))).size,
    0,
  );
  console.log(
    `reconstructions and self-check: ${wall.toFixed(0)} ms, processor ${processor.toFixed(0)} ms (${parts.join(', ')}; ${rebuilt.reconstructions.size} common sources; of their ${statements} statements, ${statements - kept} not kept)`,
  );
  console.log(
    `analysis run ${runs} with them: ${(last.wall + wall).toFixed(0)} ms, processor ${(last.processor + processor).toFixed(0)} ms`,
  );
  if (args.digest) {
    const { analysisDigest } = await import('./lib/analysis-digest.ts');
    for (const [name, hash] of Object.entries(analysisDigest(result))) console.log(`digest ${name} ${hash}`);
    for (const [name, hash] of Object.entries(analysisDigest(rebuilt))) console.log(`digest ${name} ${hash}`);
  }
  process.exit(0);
}
if (args['full-only']) {
  const site = await prepare('full', reports);
  await build('full site', site);
  for (const line of sizeLines(sizeFigures(readBuilt(join(site, 'dist'))))) console.log(line);
  if (args.keep) console.log(`the copy is kept: ${site}`);
  else await removeSite(site);
  process.exit(0);
}
const sites = [await prepare('full', reports), await prepare('bare', reports)];
const { full, bare } = await measureBuilds(sites[0]!, sites[1]!);
if (runs > 1) {
  console.log(
    `medians: full ${seconds(full.ms)} s, bare ${seconds(bare.ms)} s; largest peaks: full ${formatBytes(full.peakBytes)}, bare ${formatBytes(bare.peakBytes)}`,
  );
}
if (full.cpuMs !== null && bare.cpuMs !== null) {
  // Wall time is the goal's measure; processor time shows whether a surprising ratio comes from other load.
  console.log(
    `processor time: full ${seconds(full.cpuMs)} s, bare ${seconds(bare.cpuMs)} s, ratio ${(full.cpuMs / bare.cpuMs).toFixed(2)}`,
  );
}

// The full build of the last run is still in its copy's dist/: the size bounds at this size.
const sizes = sizeFigures(readBuilt(join(sites[0]!, 'dist')));
for (const line of sizeLines(sizes)) console.log(line);

let analysis: { small: AnalysisTimes; large: AnalysisTimes; exponent: number } | null = null;
const analyse = await loadAnalysis();
if (typeof analyse === 'string') console.log(`analysis: not timed: ${analyse}`);
else {
  const small = timeAnalysis(analyse, analysisInput(reports));
  const large = timeAnalysis(analyse, analysisInput(generateSyntheticReports(pool, vocabulary, count * 10, seed)));
  const growth = (s: number, l: number) =>
    growthExponent({ size: small.sources, ms: s }, { size: large.sources, ms: l });
  const exponent = growth(small.ms, large.ms);
  analysis = { small, large, exponent };
  const parts = (t: AnalysisTimes) =>
    `dossier ${t.steps.dossier.toFixed(0)}, coverage ${t.steps.coverage.toFixed(0)}, reuse ${t.steps.reuse.toFixed(0)}, alignment ${t.steps.alignment.toFixed(0)}, derivation ${t.steps.derivation.toFixed(0)}`;
  console.log(
    `analysis at ${small.sources} sources: ${small.ms.toFixed(0)} ms (${parts(small)}); ` +
      `its first run alone, cold as in a build: ${small.firstMs.toFixed(0)} ms`,
  );
  console.log(`analysis at ${large.sources} sources: ${large.ms.toFixed(0)} ms (${parts(large)})`);
  console.log(
    `analysis growth: ×${(large.ms / small.ms).toFixed(1)} for ×10 sources, time ∝ size^${exponent.toFixed(2)} (1 is linear; ` +
      `coverage ^${growth(small.steps.coverage, large.steps.coverage).toFixed(2)}, reuse ^${growth(small.steps.reuse, large.steps.reuse).toFixed(2)}, ` +
      `alignment ^${growth(small.steps.alignment, large.steps.alignment).toFixed(2)}, ` +
      `derivation ^${growth(small.steps.derivation, large.steps.derivation).toFixed(2)})`,
  );
}

const goals = goalLines({
  ratio: full.ms / bare.ms,
  analysisColdMs: analysis?.small.firstMs ?? null,
  peakBytes: full.peakBytes,
  growthExponent: analysis?.exponent ?? null,
});
for (const line of goals) console.log(line);

const results = {
  sources: count,
  seed,
  runs,
  node: process.version,
  full,
  bare,
  ratio: full.ms / bare.ms,
  analysis,
  sizes,
  goals,
};
mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'bench-results', `bench-${count}-sources.json`), `${JSON.stringify(results, null, 2)}\n`);

if (args.keep) console.log(`the copies are kept: ${sites.join(' ')}`);
else for (const site of sites) await removeSite(site);
console.log(summaryLine(count, full.ms, bare.ms));
