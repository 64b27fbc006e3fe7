/**
 * Writes the files that routes queued (src/lib/site/build-files.ts) into the output folder once the pages are
 * generated: one `mkdir` per folder, the files one after the other, each released once written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeBuildFiles } from '../lib/site/build-files.ts';

/** Writes every queued file under `root`; returns how many. A path that would leave `root` fails the build. */
export function writeBuildFiles(root: string): number {
  const folders = new Set<string>();
  let written = 0;
  for (const source of takeBuildFiles()) {
    for (const [path, text] of source()) {
      if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`build-files: bad path "${path}"`);
      const file = join(root, path);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(file, text);
      written++;
    }
  }
  return written;
}

export default function buildFiles(): AstroIntegration {
  return {
    name: 'build-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const written = writeBuildFiles(fileURLToPath(dir));
        logger.info(`wrote ${written} file(s) in one pass`);
      },
    },
  };
}
