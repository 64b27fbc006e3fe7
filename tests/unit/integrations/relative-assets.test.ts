/** The post-build integration (src/integrations/relative-assets.ts) on real files in a temporary output folder. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import relativeAssets from '../../../src/integrations/relative-assets.ts';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'hsd-relative-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  return dist;
}

async function run(folder: string): Promise<string[]> {
  const logged: string[] = [];
  const integration = relativeAssets({ allow: (file, url) => file === '404.html' && url === '/' });
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { build: { assets: '_astro' } } });
  await hooks['astro:build:done']!({
    dir: pathToFileURL(`${folder}/`),
    logger: { info: (m: string) => logged.push(m) },
  });
  return logged;
}

test('rewrites every page and stylesheet relative to itself, and leaves other files alone', async () => {
  const link = '<link rel="stylesheet" href="/_astro/site.css">';
  const pages = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`sources/r${i}/index.html`, link]));
  const folder = site({
    'index.html': link,
    ...pages,
    '_astro/site.css': 'a{background:url(/_astro/f.svg)}',
    'data/x.json': '{"href":"/_astro/x"}',
  });
  expect(await run(folder)).toEqual(['made asset references relative in 32 file(s)']);
  expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe('<link rel="stylesheet" href="_astro/site.css">');
  for (let i = 0; i < 30; i++) {
    expect(readFileSync(join(folder, `sources/r${i}/index.html`), 'utf8')).toBe(
      '<link rel="stylesheet" href="../../_astro/site.css">',
    );
  }
  expect(readFileSync(join(folder, '_astro/site.css'), 'utf8')).toBe('a{background:url(../_astro/f.svg)}');
  expect(readFileSync(join(folder, 'data/x.json'), 'utf8')).toBe('{"href":"/_astro/x"}');
});

test('writes back every other byte as it was, and quotes a bad address as written', async () => {
  const text = '<p>Homeland Security’s “dialogue” — à, ₹, हिन्दी</p>';
  const folder = site({
    'a/index.html': `<link rel="stylesheet" href="/_astro/site.css">${text}`,
    'b/index.html': `${text}<a href="/café/">x</a>`,
  });
  await expect(run(folder)).rejects.toThrow('  - dist/b/index.html: root-absolute reference "/café/"');
  expect(readFileSync(join(folder, 'a/index.html'), 'utf8')).toBe(
    `<link rel="stylesheet" href="../_astro/site.css">${text}`,
  );
});

test('fails the build naming every file and reference written by hand, in the files’ order', async () => {
  const folder = site({
    'b/index.html': '<a href="/sources/">x</a>',
    'a/index.html': '<a href="/topics/">y</a><img src="/favicon.svg" alt="">',
    '404.html': '<a href="/">home</a>',
  });
  await expect(run(folder)).rejects.toThrow(
    'link through href() from src/lib/site/links.ts instead:\n' +
      '  - dist/a/index.html: root-absolute reference "/topics/"\n' +
      '  - dist/a/index.html: root-absolute reference "/favicon.svg"\n' +
      '  - dist/b/index.html: root-absolute reference "/sources/"',
  );
});
