/**
 * The environment every build of the site runs with (`npm run build`, `npm start`, the benchmark and the tests'
 * builds): settings of the bundler's memory allocator, read once when the process starts, so they cannot be set
 * from astro.config.mjs.
 *
 * Vite bundles with Rolldown, whose native code allocates with mimalloc. When bundling ends, mimalloc keeps the
 * memory Rolldown freed (500–550 MB at 1,000 reports) until one of Rolldown's threads allocates again, which does
 * not happen while Astro writes the pages: the build then holds it through page generation, where its peak comes.
 * With these two settings mimalloc gives freed memory back to the system at once (`purge_delay` 0, default 10 ms)
 * and also the free pages of threads that have stopped allocating (`abandoned_page_purge`). Measured at 1,000
 * reports in docs/performance.md ("The bundler's freed memory"). A value already in the environment wins.
 */
export const BUILD_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ABANDONED_PAGE_PURGE: '1',
};

/** `env` with BUILD_ENV added where it does not already say otherwise. */
export function withBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...BUILD_ENV, ...env };
}
