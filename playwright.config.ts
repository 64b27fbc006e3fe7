import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM_PATHS, chooseChromium } from './scripts/lib/chromium.ts';
import { playwrightManagedChromium } from './scripts/lib/playwright-chromium.ts';

const choice = chooseChromium(
  { env: process.env['CHROMIUM_PATH'], playwrightManaged: playwrightManagedChromium(), system: SYSTEM_CHROMIUM_PATHS },
  existsSync,
);
if ('error' in choice) throw new Error(choice.error);

const port = Number(process.env['E2E_PORT'] ?? 4399);
// The site served under a sub-path by a plain static server, on the next port (tests/e2e/servers.ts).
const subPathPort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  // A test that walks every cell, link or page of the grown site (13 reports) takes longer than Playwright's default
  // 30 s on a shared two-core machine: a budget for the walk, not a timing assertion.
  timeout: 90_000,
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: choice.path, args: [...CHROMIUM_ARGS] },
  },
  // The site is built by `npm run build` before Playwright starts; these only serve dist/: at the root with Astro's
  // preview server, and under /hsd/ with tests/e2e/static-server.ts (docs/architecture.md, "Hosting": the site works under any sub-path).
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node tests/e2e/static-server.ts --root dist --prefix /hsd/ --port ${subPathPort}`,
      url: `http://127.0.0.1:${subPathPort}/hsd/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
