/**
 * A plain static file server, as an intranet web server would serve a copy of `dist/`:
 * any host and port, optionally under a sub-path. Browser tests use it to open the build
 * at an address that is not the one `astro preview` (or any build setting) knows.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.2:41234/wenku/ */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` at http://<host>:<free port><mount> (mount like "/" or "/wenku/"). */
export async function serveStatic(dir: string, host: string, mount = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string, status = 200) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    };
    const notFound = () => (existsSync(join(dir, '404.html')) ? send(join(dir, '404.html'), 404) : res.writeHead(404).end());
    if (!path.startsWith(mount)) return notFound();
    const file = normalize(join(dir, path.slice(mount.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return res.writeHead(301, { location: `${path}/` }).end();
      return existsSync(join(file, 'index.html')) ? send(join(file, 'index.html')) : notFound();
    }
    return existsSync(file) ? send(file) : notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${mount}`,
    // Also ends the browser's kept-alive connections: else close() can wait on a still-open page.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
