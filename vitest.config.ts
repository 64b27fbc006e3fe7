/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Real builds in some tests take seconds on a 2-core machine.
    testTimeout: 120_000,
  },
});
