/**
 * The real thing: `astro build` of a copy of the site in which one fact misquotes its source must fail, and say
 * which fact file and which report. (The pure check is tested in facts.test.ts; this proves the build runs it.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'hsd-broken-fact-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('a fact whose quote is not in its source fails the build, naming the fact and the source', () => {
  for (const entry of ['content', 'src', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const fact = join(copy, 'content/facts/venue.yaml');
  const yaml = readFileSync(fact, 'utf8');
  expect(yaml).toContain('quote: "met in New Delhi to co-chair"');
  writeFileSync(fact, yaml.replace('met in New Delhi to co-chair', 'met in Old Delhi to co-chair'));

  const build = spawnSync('npx', ['astro', 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status).not.toBe(0);
  expect(output).toContain(
    'content/facts/venue.yaml: support[0].quote: "met in Old Delhi to co-chair" is not word for word in the ' +
      'article text of report "dhs-readout" (content/sources/dhs-readout.mdx)',
  );
});
