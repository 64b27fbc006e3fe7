/**
 * After the build, rewrites the root-absolute references Astro writes for its bundled assets (`/_astro/x.css`) into
 * references relative to each file, and fails the build on any other root-absolute reference: a link written by
 * hand instead of through `href()` (src/lib/site/links.ts). The logic is in src/lib/site/relative-refs.ts.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativiseCss, relativiseHtml, type RewriteOptions } from '../lib/site/relative-refs.ts';

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
        let rewritten = 0;
        const files = (await filesUnder(root)).filter((path) => path.endsWith('.html') || path.endsWith('.css'));
        // A few files at a time: reading and writing overlap the rewriting of the others. Problems are reported in
        // the files' order whatever order they finish in.
        const found: string[][] = new Array(files.length);
        let next = 0;
        const worker = async () => {
          while (next < files.length) {
            const at = next++;
            const path = files[at]!;
            const file = relative(root, path).split(sep).join('/');
            const rewrite = file.endsWith('.html') ? relativiseHtml : relativiseCss;
            // Byte for byte (Latin-1: one character a byte), not decoded as UTF-8: the patterns are ASCII, every
            // other byte is written back as it was, and no time goes to decoding and encoding 70 MB of text.
            const before = (await readFile(path)).toString('latin1');
            const { text, remaining } = rewrite(before, file, { assetsDir, ...options });
            // An address is quoted as written, its bytes read as UTF-8 again.
            found[at] = remaining.map(
              (url) => `dist/${file}: root-absolute reference "${Buffer.from(url, 'latin1').toString('utf8')}"`,
            );
            if (text !== before) {
              await writeFile(path, text, 'latin1');
              rewritten++;
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        const problems = found.flat();
        if (problems.length > 0) {
          throw new Error(
            `Root-absolute references break the site from disk and under a sub-path; link through href() ` +
              `from src/lib/site/links.ts instead:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
        }
        logger.info(`made asset references relative in ${rewritten} file(s)`);
      },
    },
  };
}
