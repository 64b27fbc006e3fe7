/**
 * Run before the end-to-end tests (npm run test:e2e): finds a Chromium (scripts/lib/chromium.ts); where none exists
 * and this is root on a Debian-like system, installs Debian's `chromium`; otherwise stops with a message saying
 * how to install one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM_PATHS, chooseChromium } from './lib/chromium.ts';
import { playwrightManagedChromium } from './lib/playwright-chromium.ts';

function find() {
  return chooseChromium(
    {
      env: process.env['CHROMIUM_PATH'],
      playwrightManaged: playwrightManagedChromium(),
      system: SYSTEM_CHROMIUM_PATHS,
    },
    existsSync,
  );
}

let choice = find();
if ('error' in choice && !process.env['CHROMIUM_PATH']) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian’s chromium with apt-get (needed once per machine)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      console.error('apt-get could not install chromium.');
    }
    choice = find();
  }
}
if ('error' in choice) {
  console.error(choice.error);
  process.exit(1);
}
console.log(`End-to-end tests use Chromium at ${choice.path} (from ${choice.from}).`);
