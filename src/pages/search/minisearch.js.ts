/**
 * Writes dist/search/minisearch.js: MiniSearch's UMD build, a classic script that sets `window.MiniSearch`, copied
 * from node_modules at build time (Chromium blocks a module script from a file:// page, and the site must work from disk).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => {
  const require = createRequire(import.meta.url);
  const main = pathToFileURL(require.resolve('minisearch')); // …/minisearch/dist/cjs/index.cjs
  const umd = readFileSync(new URL('../umd/index.js', main), 'utf8');
  const { version, license } = JSON.parse(readFileSync(new URL('../../package.json', main), 'utf8')) as {
    version: string;
    license: string;
  };
  const body = umd.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const notice = `/*! MiniSearch ${version} | ${license} License | (c) Luca Ongaro | https://github.com/lucaong/minisearch */\n`;
  return new Response(notice + body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
