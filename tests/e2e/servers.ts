/** The three ways of reading the built site that the end-to-end suite covers (playwright.config.ts starts the servers). */
import { fileURLToPath, pathToFileURL } from 'node:url';

const port = Number(process.env['E2E_PORT'] ?? 4399);

/** The built site on disk. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface Mode {
  name: string;
  /** The site's top folder: every internal link stays under it. */
  base: string;
}

export const modes = {
  root: { name: 'at the root of a host', base: `http://127.0.0.1:${port}/` },
  subPath: { name: 'under the sub-path /hsd/', base: `http://127.0.0.1:${port + 1}/hsd/` },
  file: { name: 'from disk (file://)', base: pathToFileURL(distDir).href },
} as const satisfies Record<string, Mode>;

/** The home page in a mode: the file itself from disk (a folder URL would show a listing), the folder on a host. */
export const homeOf = (mode: Mode) => (mode.base.startsWith('file:') ? `${mode.base}index.html` : mode.base);
