/**
 * A minimal static file server on loopback for the benchmarks and the Node search loop.
 * Counts bytes sent, so the benchmark can report bytes per query without a browser.
 * With `gzip`, text types are compressed as the nginx set-up of docs/deploy.md does (level 6;
 * Pagefind's files are gzip streams already and go as they are).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

export interface ServeOptions {
  /** Compress text types when the client accepts gzip (as docs/deploy.md's nginx does). */
  gzip?: boolean;
}

export interface StaticServer {
  server: Server;
  port: number;
  origin: string;
  /** Bytes of response bodies sent since the last reset, optionally only under a path prefix. */
  bytes: (prefix?: string) => number;
  /** Responses sent since the last reset, optionally only under a path prefix. */
  requests: (prefix?: string) => number;
  /** The responses themselves (URL path, body bytes) since the last reset, under a path prefix. */
  sent: (prefix?: string) => { path: string; size: number }[];
  resetBytes: () => void;
  close: () => Promise<void>;
}

/** Serves `root` under the URL prefix `base` (e.g. "/" or "/wenku/"). */
export function serveStatic(root: string, base = '/', port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  let sent: { path: string; size: number }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    path = normalize(path.slice(base.length));
    if (path.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipSync(readFileSync(file), { level: 6 });
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          vary: 'Accept-Encoding',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        sent.push({ path: url.pathname, size: body.length });
        res.end(body);
        return;
      }
      const size = statSync(file).size;
      res.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': 'no-store' });
      sent.push({ path: url.pathname, size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      resolve({
        server,
        port: p,
        origin: `http://127.0.0.1:${p}`,
        bytes: (prefix = '') => sent.filter((x) => x.path.startsWith(prefix)).reduce((n, x) => n + x.size, 0),
        requests: (prefix = '') => sent.filter((x) => x.path.startsWith(prefix)).length,
        sent: (prefix = '') => sent.filter((x) => x.path.startsWith(prefix)),
        resetBytes: () => {
          sent = [];
        },
        // Also ends kept-alive connections, which close() would otherwise wait on.
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
