import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/site/csp.ts';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }),
);

test('forbids inline scripts and styles and every other origin', () => {
  for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src']) {
    expect(directives.get(name), name).toEqual(["'self'"]);
  }
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|data:/);
});

test('forbids plugins and <base>, and keeps forms on the site', () => {
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'self'"]);
});

test('has no directive that a <meta> policy ignores (Chromium logs an error for each)', () => {
  for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])
    expect(directives.has(name)).toBe(false);
});
