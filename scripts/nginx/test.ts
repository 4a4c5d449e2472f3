/**
 * npm run test:nginx: serves the /wenku/ build with exactly the nginx server block of
 * docs/deploy.md (only `listen` and `root` replaced) on loopback, then runs the browser smoke
 * tests against it (Playwright projects "nginx" and "nginx-base-path").
 * Installs Debian's nginx and brotli module when missing (needs root, as in CI).
 * The copy served is built for it, as IT staff would build it: under /wenku/ with WENKU_SITE
 * naming the server, so that the sitemap, the feed and the OpenSearch description exist too
 * (dist-nginx/). Environment: NGINX_PORT (default 4458), E2E_BASE_DIST (serve that /wenku/ build
 * instead).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROTLI_MODULE as BROTLI, nginxConf, serverBlockFor } from './config.ts';

const port = Number(process.env['NGINX_PORT'] ?? 4458);
const origin = `http://127.0.0.1:${port}`;
const built = resolve(process.env['E2E_BASE_DIST'] ?? 'dist-nginx');

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}

function ensureNginx(): void {
  const has = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
  if (has('nginx') && existsSync(BROTLI)) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    throw new Error('nginx with the brotli module is needed: apt-get install -y nginx libnginx-mod-http-brotli-filter (as root)');
  }
  console.log('test:nginx: installing nginx and its brotli module (Debian packages)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], env) !== 0 || run('apt-get', ['install', '-y', '-qq', 'nginx', 'libnginx-mod-http-brotli-filter'], env) !== 0) {
    throw new Error('apt-get could not install nginx and libnginx-mod-http-brotli-filter');
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url} within 10 s`);
}

ensureNginx();
if (!process.env['E2E_BASE_DIST']) {
  const env = { ...process.env, WENKU_BASE: '/wenku/', WENKU_SITE: origin, WENKU_OUT: built, WENKU_CACHE: 'node_modules/.astro-nginx' };
  if (run('npx', ['astro', 'build'], env) !== 0) process.exit(1);
}

// The site copied under <root>/wenku/, as IT staff would; readable by nginx's worker user.
const prefix = mkdtempSync(join(tmpdir(), 'wenku-nginx-'));
chmodSync(prefix, 0o755);
const root = join(prefix, 'www');
cpSync(built, join(root, 'wenku'), { recursive: true });
mkdirSync(join(prefix, 'tmp'));
const conf = join(prefix, 'nginx.conf');
writeFileSync(conf, nginxConf(prefix, serverBlockFor(`127.0.0.1:${port}`, root)));

if (run('nginx', ['-t', '-q', '-p', prefix, '-c', conf]) !== 0) process.exit(1);
const nginx = spawn('nginx', ['-p', prefix, '-c', conf], { stdio: 'inherit' });
let status = 1;
try {
  await waitForServer(`${origin}/wenku/`);
  console.log(`test:nginx: nginx serves ${built} at ${origin}/wenku/ with the server block of docs/deploy.md`);
  status = run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    ...process.env,
    E2E_NGINX_URL: origin,
    E2E_DIST: join(root, 'wenku'),
  });
} finally {
  nginx.kill('SIGTERM');
  await new Promise((r) => nginx.once('exit', r));
  if (status !== 0 && existsSync(join(prefix, 'error.log'))) console.error(readFileSync(join(prefix, 'error.log'), 'utf8'));
  rmSync(prefix, { recursive: true, force: true });
}
process.exit(status);
