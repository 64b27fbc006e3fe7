/**
 * npm run test:grown [-- --keep]
 *
 * The tests must hold for any dossier, not only for the five reports the site began with (docs/architecture.md,
 * "Checks on the built site"). This copies the site to a temporary folder (scripts/lib/temp-site.ts), adds the eight
 * short reports of tests/fixtures/extra-reports/ (manifest.json says what each is for) there with the real
 * `npm run add-source` command, as an editor would, builds the
 * copy with `npm run build`, and runs in it the unit tests and the whole end-to-end suite, each with its working
 * folder in the copy, so that they read the grown copy's content/ and dist/.
 *
 * Left out of the grown run, each because the grown content cannot change its outcome:
 * - tests/build/broken-content.test.ts: each case builds the site plus one broken file and checks the message that
 *   names that file; the normal run covers it (and it is the slowest unit file, two minutes on two cores).
 * - the reproducible-build check of tests/e2e/build.spec.ts (two more builds with SITE_URL): whether two builds
 *   of the same files are byte-identical depends on the build, not on how many reports it holds; the normal run
 *   checks it. The suite skips it when HSD_SKIP_REPRODUCIBLE=1.
 *
 * The copy is removed at the end, or kept with --keep (its path is printed). Exit status: 0 when every step
 * passes, else the first failing step's.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, copySite, removeSite } from './lib/temp-site.ts';

export const FIXTURES = 'tests/fixtures/extra-reports';

export interface ExtraReport {
  /** A plain-text file of the fixture folder. */
  file: string;
  /** What the report is there to test. */
  why: string;
  /** The options of `npm run add-source` after the file name. */
  args: string[];
}

export function readManifest(root: string): ExtraReport[] {
  const path = join(root, FIXTURES, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { reports?: ExtraReport[] };
  if (!Array.isArray(manifest.reports) || manifest.reports.length === 0)
    throw new Error(`${path}: reports: none listed`);
  return manifest.reports;
}

/** Runs a command in the copy, its output shown as it comes; returns its exit status. */
function run(dir: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\ntest:grown: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

async function main(argv: string[]): Promise<number> {
  const keep = argv.includes('--keep');
  const started = performance.now();
  const dir = await copySite({ prefix: 'hsd-grown-' });
  console.log(`test:grown: a copy of the site in ${dir}`);
  let status = 0;
  try {
    const steps: [string, string[], NodeJS.ProcessEnv?][] = [
      ...readManifest(dir).map((report): [string, string[]] => [
        'npm',
        ['run', 'add-source', '--', join(FIXTURES, report.file), ...report.args],
      ]),
      ['npm', ['run', 'build']],
      ['npx', ['vitest', 'run', '--exclude', 'tests/build/broken-content.test.ts']],
      ['npm', ['run', 'test:e2e'], { HSD_SKIP_REPRODUCIBLE: '1' }],
    ];
    for (const [command, args, env] of steps) {
      status = run(dir, command, args, env);
      if (status !== 0) {
        console.error(
          `test:grown: failed (exit status ${status}): ${command} ${args.join(' ')}, in the grown copy ${dir}`,
        );
        break;
      }
    }
  } finally {
    if (keep || status !== 0) console.log(`test:grown: the grown copy is kept in ${dir}`);
    else await removeSite(dir);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (status === 0)
    console.log(`test:grown: the site with ${readManifest(REPO_ROOT).length} more reports passes (${seconds} s)`);
  return status;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
