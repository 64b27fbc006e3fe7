/**
 * Builds the site twice into two temporary folders and checks that every file is byte-identical (README,
 * "Checks on the built site"): `node scripts/check-reproducible.ts [--site https://example.org/hsd/] [--keep]`. With --site the
 * builds run with SITE_URL set, which also covers the canonical URLs, Open Graph tags and sitemap. Exits 1 on any
 * difference, naming the files. The end-to-end suite runs it (tests/e2e/build.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { withBuildEnv } from './lib/build-env.ts';
import { diffTrees } from './lib/reproducible.ts';

/** Runs `astro build` into `outDir`, with SITE_URL set to `site` or unset. Throws with the build's output on failure. */
export function buildSite(outDir: string, site?: string): void {
  const env = { ...process.env };
  delete env['SITE_URL'];
  if (site) env['SITE_URL'] = site;
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env: withBuildEnv(env), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}

/** sha256 of every file under a folder, by its path inside it. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        return [relative(dir, path).split(sep).join('/'), hash] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Builds twice and compares; returns the two folders and the differences. */
export function checkReproducible(site?: string): { dirs: [string, string]; files: number; differences: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'hsd-reproducible-'));
  const dirs: [string, string] = [join(root, 'first'), join(root, 'second')];
  for (const dir of dirs) buildSite(dir, site);
  const [a, b] = dirs.map(hashTree) as [Map<string, string>, Map<string, string>];
  return { dirs, files: a.size, differences: diffTrees(a, b) };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { site: { type: 'string' }, keep: { type: 'boolean', default: false } } });
  const { dirs, files, differences } = checkReproducible(values.site);
  if (!values.keep) rmSync(join(dirs[0], '..'), { recursive: true, force: true });
  else console.log(`builds kept in ${dirs.join(' and ')}`);
  if (differences.length > 0) {
    console.error(`Two builds differ:\n${differences.map((d) => `  - ${d}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Two builds${values.site ? ` with SITE_URL=${values.site}` : ''} are identical: ${files} files.`);
}
