import { describe, expect, test } from 'vitest';
import { chooseChromium } from '../../../scripts/lib/chromium.ts';

const existing =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

describe('chooseChromium: CHROMIUM_PATH, then a Playwright browser, then the system one', () => {
  test('CHROMIUM_PATH wins when it exists', () => {
    expect(
      chooseChromium(
        { env: '/opt/c', playwrightManaged: '/pw/chrome', system },
        existing('/opt/c', '/pw/chrome', '/usr/bin/chromium'),
      ),
    ).toEqual({ path: '/opt/c', from: 'CHROMIUM_PATH' });
  });

  test('a CHROMIUM_PATH that does not exist is an error, not a silent fallback', () => {
    const choice = chooseChromium(
      { env: '/opt/none', playwrightManaged: undefined, system },
      existing('/usr/bin/chromium'),
    );
    expect(choice).toEqual({ error: 'CHROMIUM_PATH is set to /opt/none, but there is no file there.' });
  });

  test('an installed Playwright browser comes before the system one', () => {
    expect(
      chooseChromium(
        { env: undefined, playwrightManaged: '/pw/chrome', system },
        existing('/pw/chrome', '/usr/bin/chromium'),
      ),
    ).toEqual({
      path: '/pw/chrome',
      from: 'playwright',
    });
  });

  test('a Playwright browser that is not downloaded is skipped', () => {
    expect(
      chooseChromium(
        { env: undefined, playwrightManaged: '/pw/chrome', system },
        existing('/usr/bin/chromium-browser'),
      ),
    ).toEqual({
      path: '/usr/bin/chromium-browser',
      from: 'system',
    });
  });

  test('nothing found: the message says how to install one', () => {
    const choice = chooseChromium({ env: undefined, playwrightManaged: undefined, system }, existing());
    expect('error' in choice && choice.error).toContain('apt-get install chromium');
  });
});
