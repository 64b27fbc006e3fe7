/**
 * Fixity against the files: each report whose frontmatter says its raw capture is kept names a file that exists
 * and whose bytes have the SHA-256 recorded; every capture kept in tests/fixtures/captures/ belongs to one report.
 * The reports and files are read from the repository, so a report added without a capture needs no change here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { sha256 } from '../../../src/lib/content/fixity.ts';
import { captureFixity } from '../../../src/lib/content/schema-rules.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const capturesFolder = 'tests/fixtures/captures/';

const reports = readdirSync(`${root}content/sources/`)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const { frontmatter } = parseFrontmatter(readFileSync(`${root}content/sources/${name}`, 'utf8'));
    const capture = frontmatter['capture'] === undefined ? null : captureFixity.parse(frontmatter['capture']);
    return { slug: name.replace(/\.mdx$/, ''), capture };
  });
const kept = reports.filter((r) => r.capture !== null);

describe.each(kept)('$slug', ({ capture }) => {
  test('its capture file exists and its bytes have the SHA-256 recorded', () => {
    const path = root + capture!.file;
    expect(existsSync(path), capture!.file).toBe(true);
    expect(sha256(readFileSync(path))).toBe(capture!.sha256);
  });
});

test('every raw capture kept in the repository is claimed by exactly one report', () => {
  const files = readdirSync(root + capturesFolder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => capturesFolder + name)
    .sort();
  expect(files.length).toBeGreaterThan(0);
  const claimed = kept.map((r) => r.capture!.file).sort();
  expect(claimed).toEqual(files);
});

describe('the capture field', () => {
  const digest = 'a'.repeat(64);
  test('a path in the repository and 64 lowercase hex digits', () => {
    expect(captureFixity.parse({ file: 'tests/fixtures/captures/x.txt', sha256: digest })).toEqual({
      file: 'tests/fixtures/captures/x.txt',
      sha256: digest,
    });
  });
  test.each([
    ['an absolute path', { file: '/etc/passwd', sha256: digest }, /path inside the repository/],
    ['a path leaving the repository', { file: 'tests/../../x.txt', sha256: digest }, /path inside the repository/],
    ['capitals in the digest', { file: 'a.txt', sha256: 'A'.repeat(64) }, /64 lowercase hexadecimal digits/],
    ['a short digest', { file: 'a.txt', sha256: 'ab' }, /64 lowercase hexadecimal digits/],
    ['a misspelt field', { file: 'a.txt', sha256: digest, sha: 'x' }, /"sha" is not a field of capture/],
  ])('refuses %s', (_, value, message) => {
    const result = captureFixity.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});
