import { chromium } from '@playwright/test';

/** The path of a Playwright-managed Chromium, whether or not it is installed; undefined if Playwright cannot say. */
export function playwrightManagedChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
