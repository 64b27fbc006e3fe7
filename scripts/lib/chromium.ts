/**
 * Finding a Chromium for the end-to-end tests. Playwright cannot download its own browser on these machines,
 * so the order is: $CHROMIUM_PATH, a Playwright-managed browser if one is installed, /usr/bin/chromium.
 * Pure apart from the `exists` check it is given, so the order is unit-tested.
 */

export interface ChromiumCandidates {
  env: string | undefined;
  playwrightManaged: string | undefined;
  system: readonly string[];
}

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

export type ChromiumChoice = { path: string; from: 'CHROMIUM_PATH' | 'playwright' | 'system' } | { error: string };

export function chooseChromium(candidates: ChromiumCandidates, exists: (path: string) => boolean): ChromiumChoice {
  if (candidates.env) {
    if (exists(candidates.env)) return { path: candidates.env, from: 'CHROMIUM_PATH' };
    return { error: `CHROMIUM_PATH is set to ${candidates.env}, but there is no file there.` };
  }
  if (candidates.playwrightManaged && exists(candidates.playwrightManaged)) {
    return { path: candidates.playwrightManaged, from: 'playwright' };
  }
  const system = candidates.system.find((path) => exists(path));
  if (system) return { path: system, from: 'system' };
  return {
    error:
      'No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install chromium`), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  };
}

/** Flags for Chromium on these machines: no sandbox as root, and no background calls to other hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const;
