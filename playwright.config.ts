import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM_PATHS, chooseChromium } from './src/lib/chromium.ts';
import { playwrightManagedChromium } from './scripts/playwright-chromium.ts';

const choice = chooseChromium(
  { env: process.env['CHROMIUM_PATH'], playwrightManaged: playwrightManagedChromium(), system: SYSTEM_CHROMIUM_PATHS },
  existsSync,
);
if ('error' in choice) throw new Error(choice.error);

const port = Number(process.env['E2E_PORT'] ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
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
  // The site is built by `npm run test:e2e` before Playwright starts; this only serves dist/.
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
