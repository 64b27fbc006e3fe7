/**
 * After the build, rewrites the root-absolute references Astro writes for its bundled assets (`/_astro/x.css`) into
 * references relative to each file, and fails the build on any other root-absolute reference: a link written by
 * hand instead of through `href()` (src/lib/links.ts). The logic is in src/lib/relative-refs.ts.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativiseCss, relativiseHtml, type RewriteOptions } from '../lib/relative-refs.ts';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export default function relativeAssets(options: Pick<RewriteOptions, 'allow'> = {}): AstroIntegration {
  let assetsDir = '_astro';
  return {
    name: 'relative-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsDir = config.build.assets.replace(/^\/+|\/+$/g, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const problems: string[] = [];
        let rewritten = 0;
        for (const path of await filesUnder(root)) {
          const file = relative(root, path).split(sep).join('/');
          const rewrite = file.endsWith('.html') ? relativiseHtml : file.endsWith('.css') ? relativiseCss : null;
          if (!rewrite) continue;
          const before = await readFile(path, 'utf8');
          const { text, remaining } = rewrite(before, file, { assetsDir, ...options });
          for (const url of remaining) problems.push(`dist/${file}: root-absolute reference "${url}"`);
          if (text !== before) {
            await writeFile(path, text);
            rewritten++;
          }
        }
        if (problems.length > 0) {
          throw new Error(
            `Root-absolute references break the site from disk and under a sub-path; link through href() ` +
              `from src/lib/links.ts instead:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
        }
        logger.info(`made asset references relative in ${rewritten} file(s)`);
      },
    },
  };
}
