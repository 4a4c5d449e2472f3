/**
 * A minimal static file server on loopback for the benchmark and the Node search loop.
 * Counts bytes sent, so the benchmark can report bytes per query without a browser.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  server: Server;
  port: number;
  origin: string;
  /** Bytes of response bodies sent since the last reset, optionally only under a path prefix. */
  bytes: (prefix?: string) => number;
  resetBytes: () => void;
  close: () => Promise<void>;
}

/** Serves `root` under the URL prefix `base` (e.g. "/" or "/wenku/"). */
export function serveStatic(root: string, base = '/', port = 0): Promise<StaticServer> {
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
      const size = statSync(file).size;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
      });
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
        resetBytes: () => {
          sent = [];
        },
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
