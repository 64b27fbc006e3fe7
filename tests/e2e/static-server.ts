/**
 * A small static file server for the end-to-end tests, serving dist/ under a path prefix the way a plain host does:
 * `node tests/e2e/static-server.ts --root dist --prefix /hsd/ --port 4404`. It listens on the loopback interface
 * only, serves files and nothing else, answers a folder with its index.html (redirecting to add the slash), and
 * answers a miss under the prefix with the site's 404.html and status 404, as hosts do at any depth. Used by playwright.config.ts.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    prefix: { type: 'string', default: '/' },
    port: { type: 'string' },
  },
});
const root = resolve(values.root);
const prefix = values.prefix.endsWith('/') ? values.prefix : `${values.prefix}/`;
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0) throw new Error('static-server: --port is required');

/** The file a path names, or the folder's index.html; `folder` when the path names a folder without its slash. */
async function lookUp(urlPath: string): Promise<{ file?: string; folder?: true }> {
  const path = resolve(root, `.${urlPath}`);
  if (path !== root && !path.startsWith(root + sep)) return {};
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return { file: path };
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { folder: true };
    const index = resolve(path, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return { file: index };
  }
  return {};
}

const server = createServer(async (request, response) => {
  const send = (status: number, path: string | undefined, message = '') => {
    if (!path) {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
      return;
    }
    response.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, undefined, 'Method not allowed');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(400, undefined, 'Bad request');
  }
  // The prefix itself without its slash redirects, as hosts do for a folder.
  if (`${pathname}/` === prefix) {
    response.writeHead(301, { Location: prefix }).end();
    return;
  }
  if (!pathname.startsWith(prefix)) return send(404, undefined, `Not found: this server serves ${prefix} only`);
  const found = await lookUp(`/${pathname.slice(prefix.length)}`);
  if (found.file) return send(200, found.file);
  if (found.folder) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  return send(404, (await lookUp('/404.html')).file, 'Not found');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});
