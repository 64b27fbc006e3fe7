/**
 * `npm run build` (and the first half of `npm start`): `astro build`, with its arguments, in a process started with
 * the build's environment (scripts/lib/build-env.ts: the bundler's allocator told to give freed memory back). Exits
 * with the build's own status.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withBuildEnv } from './lib/build-env.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: withBuildEnv(process.env),
});
if (result.error) {
  console.error(`build: could not run astro (${result.error.message})`);
  process.exit(1);
}
process.exit(result.status ?? 1);
