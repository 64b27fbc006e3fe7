/**
 * The bounds and goals of issue 26, as the benchmark checks them at N reports (scripts/bench.ts): the size bounds of
 * `npm run size` (scripts/lib/size-budget.ts) on the full build's output, with its largest page and file, and the
 * build goals: full build at most 1.4 × bare Astro, the analysis at most 2.5 s cold, peak memory at most 1.5 GiB,
 * the analysis growing from N to 10N reports at most as size^1.1. Pure over plain data; printed, never asserted in
 * a test (performance is measured in the benchmark).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  BUDGETS,
  FILE_BUDGETS,
  filesOverBudget,
  largestDataFile,
  largestFile,
  median,
  overBudget,
  searchFirstAnswer,
  weighPages,
} from './size-budget.ts';

export const BUILD_GOALS = { ratio: 1.4, analysisColdMs: 2500, peakBytes: 1.5 * 1024 ** 3, growthExponent: 1.1 };

/** Every file of a built site, by its path inside the folder. */
export function readBuilt(dir: string): Map<string, Uint8Array> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path).split(sep).join('/'), readFileSync(path)] as const;
      }),
  );
}

export interface SizeFigures {
  pages: number;
  medianPageBytes: number;
  largestPage: { page: string; bytes: number } | null;
  largestDataFile: { path: string; bytes: number } | null;
  largestFile: { path: string; bytes: number } | null;
  searchFirstAnswerBytes: number | null;
  problems: string[];
}

export function sizeFigures(files: ReadonlyMap<string, Uint8Array>): SizeFigures {
  const pages = weighPages(files);
  const heaviest = pages.reduce<(typeof pages)[number] | undefined>(
    (a, p) => (!a || p.total > a.total ? p : a),
    undefined,
  );
  return {
    pages: pages.length,
    medianPageBytes: median(pages.map((p) => p.total)),
    largestPage: heaviest ? { page: heaviest.page, bytes: heaviest.total } : null,
    largestDataFile: largestDataFile(files) ?? null,
    largestFile: largestFile(files) ?? null,
    searchFirstAnswerBytes: searchFirstAnswer(files)?.bytes ?? null,
    problems: [...overBudget(pages), ...filesOverBudget(files)],
  };
}

const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** The lines the benchmark prints about sizes. */
export function sizeLines(f: SizeFigures): string[] {
  return [
    `pages: ${f.pages}, median ${KiB(f.medianPageBytes)} gzipped (budget ${BUDGETS.medianKiB} KiB); largest ${
      f.largestPage ? `${f.largestPage.page} ${KiB(f.largestPage.bytes)}` : 'none'
    } (budget ${BUDGETS.maxKiB} KiB)`,
    `largest data file: ${f.largestDataFile ? `${f.largestDataFile.path} ${MiB(f.largestDataFile.bytes)}` : 'none'} (budget ${FILE_BUDGETS.dataFileMiB} MiB); largest file: ${
      f.largestFile ? `${f.largestFile.path} ${MiB(f.largestFile.bytes)}` : 'none'
    }`,
    `search, first answer: at most ${f.searchFirstAnswerBytes === null ? '?' : KiB(f.searchFirstAnswerBytes)} loaded (budget ${FILE_BUDGETS.searchFirstAnswerKiB} KiB)`,
    f.problems.length === 0
      ? 'size bounds: all hold'
      : `size bounds broken:\n${f.problems.map((p) => `  - ${p}`).join('\n')}`,
  ];
}

export interface GoalInput {
  ratio: number;
  analysisColdMs: number | null;
  peakBytes: number | null;
  growthExponent: number | null;
}

/** One line per build goal: the figure, the goal, and whether it holds. */
export function goalLines(g: GoalInput): string[] {
  const line = (name: string, value: number | null, goal: number, show: (n: number) => string) =>
    `goal ${name}: ${value === null ? 'not measured' : `${show(value)} (goal at most ${show(goal)}) ${value <= goal ? 'holds' : 'NOT MET'}`}`;
  return [
    line('build ratio', g.ratio, BUILD_GOALS.ratio, (n) => `${n.toFixed(2)} ×`),
    line('analysis, cold', g.analysisColdMs, BUILD_GOALS.analysisColdMs, (n) => `${(n / 1000).toFixed(2)} s`),
    line('peak memory', g.peakBytes, BUILD_GOALS.peakBytes, (n) => `${(n / 1024 ** 3).toFixed(2)} GiB`),
    line('analysis growth', g.growthExponent, BUILD_GOALS.growthExponent, (n) => `size^${n.toFixed(2)}`),
  ];
}
