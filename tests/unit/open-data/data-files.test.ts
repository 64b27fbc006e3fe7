/**
 * The open data registry (src/lib/open-data/data-files.ts) matches the endpoints that write the files (src/pages/data/*.ts):
 * a file added without an entry, or an entry without its file, fails here.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { DATA_FILES, endpointFile } from '../../../src/lib/open-data/data-files.ts';

const endpoints = readdirSync(fileURLToPath(new URL('../../../src/pages/data/', import.meta.url)))
  // A module whose name starts with "_" is no route (Astro's rule): shared code of the endpoints.
  .filter((name) => name.endsWith('.ts') && !name.startsWith('_'))
  .sort();

test('every data endpoint has an entry in the registry, and every entry an endpoint', () => {
  expect(endpoints.length).toBeGreaterThan(0);
  expect(DATA_FILES.map(endpointFile).sort()).toEqual(endpoints);
});

test.each(DATA_FILES.map((f) => [f.path, f] as const))(
  '%s says what it holds, its fields and its licence',
  (_, file) => {
    expect(file.path).toMatch(/^\/data\/[^/]+\.[a-z]+$/);
    expect(file.title).not.toBe('');
    expect(file.holds).not.toBe('');
    expect(file.fields.length).toBeGreaterThan(0);
    expect(file.licence).not.toBe('');
    expect(file.mediaType).toMatch(/^[a-z]+\/[a-z+.-]+$/);
  },
);
