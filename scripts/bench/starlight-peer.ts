/**
 * The peer of `npm run bench:scale`: Starlight 0.42.4 with its default Pagefind search over the
 * same generated documents, in a scratch project under .bench/starlight/ (its own package.json and
 * node_modules: nothing of it enters the project's dependencies).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

export const STARLIGHT_VERSION = '0.42.4';

/**
 * One of our documents as a Starlight page: frontmatter `title` only, the body Markdown as it is
 * but for MDX: `import` lines dropped and each `<SourceGap note="…" />` line made a paragraph.
 */
export function toStarlight(mdx: string): string {
  const parts = splitFrontmatter(mdx);
  if (!parts) throw new Error('a document without frontmatter');
  const title = String((parse(parts.yaml) as { title?: unknown }).title ?? '');
  const body = parts.body
    .split('\n')
    .filter((line) => !/^import\s.+from\s/.test(line))
    .map((line) => {
      const gap = /^\s*<SourceGap(?:\s+note="([^"]*)")?\s*\/>\s*$/.exec(line);
      if (!gap) return line;
      return `（${gap[1] ?? '原文此处有缺失，未收录'}）`;
    })
    .join('\n');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`;
}

const CONFIG = `// Written by scripts/bench/starlight-peer.ts.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: '基准文库',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // One link, not Starlight's default of every page in every page's sidebar (which grows
      // with the library, as nothing on our pages does).
      sidebar: [{ label: '首页', link: '/' }],
    }),
  ],
});
`;

const CONTENT_CONFIG = `// Written by scripts/bench/starlight-peer.ts.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Sets the scratch project up (an `npm install` the first time, or when a version differs) with
 * the same Astro as ours, and writes the documents of `corpus` as its pages.
 */
export function setUpStarlight(scratch: string, astroVersion: string, corpus: string, log: (m: string) => void): void {
  mkdirSync(scratch, { recursive: true });
  const wanted = { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion };
  const installed = (name: string) => {
    const pkg = join(scratch, 'node_modules', name, 'package.json');
    return existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : undefined;
  };
  if (Object.entries(wanted).some(([name, version]) => installed(name) !== version)) {
    log(`installing Starlight ${STARLIGHT_VERSION} and Astro ${astroVersion} in ${scratch} (about 1–2 minutes)`);
    writeFileSync(
      join(scratch, 'package.json'),
      `${JSON.stringify({ name: 'wenku-bench-starlight', private: true, type: 'module', dependencies: wanted, allowScripts: { esbuild: true } }, null, 2)}\n`,
    );
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: scratch, stdio: ['ignore', 'inherit', 'inherit'] });
    if (npm.status !== 0) throw new Error(`npm install in ${scratch} failed`);
  }
  writeFileSync(join(scratch, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(scratch, 'src'), { recursive: true });
  writeFileSync(join(scratch, 'src', 'content.config.ts'), CONTENT_CONFIG);
  const pages = join(scratch, 'src', 'content', 'docs');
  rmSync(pages, { recursive: true, force: true });
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, 'index.md'), '---\ntitle: 基准文库\n---\n基准测试生成的文档。\n');
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.mdx'))) {
    writeFileSync(join(pages, f.replace(/\.mdx$/, '.md')), toStarlight(readFileSync(join(corpus, f), 'utf8')));
  }
}

/** The installed version of a package in the scratch project (for the results' machine line). */
export function peerVersion(scratch: string, name: string): string {
  return (JSON.parse(readFileSync(join(scratch, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}
