/**
 * A throw-away copy of the site, for builds that must not touch the repository: the benchmark (scripts/bench.ts)
 * and the tests that build broken or hostile content (tests/build/).
 *
 * The copy holds everything but build output and caches. Its node_modules is a real folder of symlinks to the
 * repository's packages rather than one symlink, because Astro keeps its content data store in
 * node_modules/.astro: with a shared folder, two builds running at once would read each other's collections.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildEnv } from './build-env.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Top-level entries never copied: dependencies (linked instead), build output, caches, test reports, git. */
const SKIPPED = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
  'bench-results',
]);

/** Caches inside node_modules that each copy must have for itself. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

export async function copySite(options: { from?: string; prefix?: string } = {}): Promise<string> {
  const from = options.from ?? REPO_ROOT;
  const dir = await mkdtemp(join(tmpdir(), options.prefix ?? 'hsd-site-'));
  await cp(from, dir, {
    recursive: true,
    filter: (source) => {
      const top = relative(from, source).split(sep)[0] ?? '';
      return !SKIPPED.has(top);
    },
  });
  const modules = join(from, 'node_modules');
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(modules)) {
    if (!PRIVATE_CACHES.has(entry)) await symlink(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export async function removeSite(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface BuildResult {
  /** Exit status of `astro build` (null if killed by a signal). */
  code: number | null;
  /** Standard output and standard error together, in order of arrival. */
  output: string;
  /** Wall time in milliseconds. */
  ms: number;
  /** Peak resident memory of the build in bytes, where it could be measured. */
  peakBytes: number | null;
  /** Processor time (user + system) in milliseconds, where GNU time measured it: less disturbed by other load. */
  cpuMs: number | null;
}

const GNU_TIME = '/usr/bin/time';
const MARK = 'bench-measured:';

/**
 * Runs `astro build` in a site folder with the Node running this script (Node 24 under npm scripts and vitest), in
 * the build's environment (build-env.ts), as `npm run build` does.
 * Peak memory comes from GNU time (`%M`, the child's maximum resident set size) where it is installed, else from
 * polling the child's VmHWM in /proc, else it is not measured.
 */
export function buildSite(
  dir: string,
  options: { env?: NodeJS.ProcessEnv; measureMemory?: boolean } = {},
): Promise<BuildResult> {
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const useTime = options.measureMemory === true && existsSync(GNU_TIME);
  const [command, args] = useTime
    ? [GNU_TIME, ['-f', `${MARK} %M %U %S`, process.execPath, astro, 'build']]
    : [process.execPath, [astro, 'build']];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: dir,
      env: withBuildEnv({
        ...process.env,
        ...options.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let polledKib = 0;
    const poll =
      options.measureMemory === true && !useTime && existsSync('/proc/self/status')
        ? setInterval(() => {
            import('node:fs')
              .then(({ readFileSync }) => readFileSync(`/proc/${child.pid}/status`, 'utf8'))
              .then((status) => {
                const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
                polledKib = Math.max(polledKib, kib);
              })
              .catch(() => {});
          }, 100)
        : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const ms = performance.now() - started;
      // GNU time's line: "bench-measured: <max RSS KiB> <user s> <system s>".
      const marked = new RegExp(`${MARK} (\\d+) ([\\d.]+) ([\\d.]+)`).exec(output);
      const kib = marked ? Number(marked[1]) : polledKib;
      const cpuMs = marked ? (Number(marked[2]) + Number(marked[3])) * 1000 : null;
      output = output.replace(new RegExp(`^.*${MARK}.*$`, 'm'), '');
      resolve({ code, output, ms, peakBytes: kib > 0 ? kib * 1024 : null, cpuMs });
    });
  });
}
