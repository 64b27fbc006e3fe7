/**
 * The build's environment (scripts/lib/build-env.ts) and the launcher that applies it (scripts/build.ts): every way
 * of building the site goes through them, a value someone has set already is kept, and a failed build still fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_ENV, withBuildEnv } from '../../../scripts/lib/build-env.ts';
import { REPO_ROOT } from '../../../scripts/lib/temp-site.ts';

describe('the build environment', () => {
  test('asks the bundler’s allocator to give freed memory back at once, its own threads’ idle pages too', () => {
    const env = withBuildEnv({ PATH: '/usr/bin' });
    expect(env['MIMALLOC_PURGE_DELAY']).toBe('0');
    expect(env['MIMALLOC_ABANDONED_PAGE_PURGE']).toBe('1');
    expect(env['PATH']).toBe('/usr/bin');
  });

  test('a value already set wins over the build’s own', () => {
    expect(withBuildEnv({ MIMALLOC_PURGE_DELAY: '10' })['MIMALLOC_PURGE_DELAY']).toBe('10');
    expect(BUILD_ENV['MIMALLOC_PURGE_DELAY']).toBe('0');
  });

  test('`npm run build` and `npm start` build through the launcher, so the settings are not lost', () => {
    const scripts = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['build']).toBe('node scripts/build.ts');
    expect(scripts['start']).toMatch(/^node scripts\/build\.ts && astro preview$/u);
  });

  test('the launcher exits with the build’s own status when the build fails', () => {
    const broken = mkdtempSync(join(tmpdir(), 'hsd-broken-site-'));
    writeFileSync(join(broken, 'astro.config.mjs'), "throw new Error('a broken configuration');\n");
    try {
      const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build.ts'), '--root', broken], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      expect(result.status).not.toBe(0);
      expect(result.status).not.toBeNull();
      expect(`${result.stdout}${result.stderr}`).toContain('a broken configuration');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 60_000);
});
