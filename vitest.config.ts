/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Real builds take seconds on a 2-core machine, and a shared machine under load takes more than the default 10 s
    // to read and align the five reports in a beforeAll: tests and hooks alike get two minutes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      // The fast tests: pure modules, schemas, the MDX pipeline, commands on temporary folders (npm run test:unit).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Tests that run a real `astro build` of a temporary copy of the site (npm run test:build).
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
