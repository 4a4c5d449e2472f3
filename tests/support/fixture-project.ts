/**
 * A private copy of the project for tests that build other content (WENKU_CONTENT_DIR).
 * It lives inside the repository (dist-* is git-ignored) so packages resolve from its
 * node_modules, and it has its own root because Astro writes .astro/content-modules.mjs
 * in the project root: builds of other content must not share the root with builds
 * running in parallel.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface FixtureProject {
  /** Scratch directory holding the project copy, the content and the output. */
  work: string;
  project: string;
  content: string;
  out: string;
  /** Runs an astro command (e.g. ['build'] or ['sync']) with the fixture env; never throws. */
  astro(args: string[], env?: Record<string, string>): { ok: boolean; output: string };
  remove(): void;
}

/**
 * The environment without what Vitest sets for its own Vite (BASE_URL=/, DEV, MODE…): Astro
 * reads those into `import.meta.env`, so a fixture build would ignore WENKU_BASE.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key)) delete env[key];
  return env;
}

export function fixtureProject(name: string): FixtureProject {
  const work = join(repoRoot, `dist-${name}-${process.pid}`);
  const project = join(work, 'project');
  const content = join(work, 'content');
  const out = join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    if (existsSync(join(repoRoot, entry))) cpSync(join(repoRoot, entry), join(project, entry), { recursive: true });
  }
  return {
    work,
    project,
    content,
    out,
    astro(args, env = {}) {
      const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), ...args, '--root', project], {
        cwd: project,
        encoding: 'utf8',
        env: { ...inheritedEnv(), NO_COLOR: '1', WENKU_CONTENT_DIR: content, WENKU_OUT: out, WENKU_CACHE: join(work, 'cache'), ...env },
      });
      // Plain text whatever the terminal: CI runs colour Astro's messages.
      return { ok: r.status === 0, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
