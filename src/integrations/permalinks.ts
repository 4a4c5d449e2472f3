/**
 * Links that never break. After every build:
 *   1. reads the published documents and their anchors from the output;
 *   2. checks them against the anchor lock (anchors.lock): a build fails, naming the file, the
 *      document and the id, when a locked URL or anchor no longer resolves, or when a locked
 *      anchor now points at a passage whose text differs from the one recorded in the lock
 *      (./permalinks/lock.ts);
 *   3. writes a redirect page at /docs/<former id>/ for every `permalinks.formerIds`;
 *   4. with `update` (`npm run lock:update`) adds new entries to the lock and records the text of
 *      locked anchors that have none yet (it never removes a line or changes a text);
 *   5. with `accept` (`npm run lock:accept -- <doc>#<anchor>…`, see scripts/lock-accept.ts) first
 *      records the current text of those passages, the keeper's word that each is the published
 *      passage reworded (refused for a shifted or vanished one).
 *
 * Its options come from astro.config.mjs, which reads them from the environment (WENKU_ANCHORS_LOCK,
 * WENKU_LOCK_UPDATE, WENKU_LOCK_ACCEPT, WENKU_CONTENT_DIR).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  acceptLock,
  checkFormerIds,
  checkLock,
  formatLock,
  type LockLine,
  type LockProblem,
  mergeLock,
  parseLockLines,
  rewordedEntries,
  unlockedEntries,
  untextedEntries,
} from './permalinks/lock.ts';
import { publishedSite, readSources } from './permalinks/published.ts';
import { redirectPage } from './permalinks/redirect.ts';
import { cspMeta } from '../lib/csp.ts';
import { canonicalAddress } from '../lib/url.ts';
import { BuildMessageError } from './build-error.ts';

/** The build's failure for broken links ('anchor "#s1" of document "plan"…'), printed alone. */
class LinkLockError extends BuildMessageError {
  override name = 'LinkLockError';
  constructor(lockPath: string, problems: readonly LockProblem[]) {
    super(`Published links would break (${lockPath}):\n${problems.map((p) => `  - ${p.entry}: ${p.message}`).join('\n')}`);
  }
}

export interface PermalinksOptions {
  /** The documents' directory (content/docs, or a fixture's). */
  contentDir: string;
  /** The anchor lock to check, e.g. anchors.lock; undefined skips the check (a fixture's content). */
  lockPath?: string | undefined;
  /** Add new entries and missing texts to the lock (`npm run lock:update`). */
  update?: boolean;
  /** "<doc>#<anchor>" entries whose current text the keeper accepts (`npm run lock:accept`). */
  accept?: readonly string[];
}

export default function permalinks({ contentDir: docsDir, lockPath, update = false, accept = [] }: PermalinksOptions): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'wenku-permalinks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const sources = readSources(docsDir);
        const fileOf = new Map(sources.map((s) => [s.id, s.file]));
        const sourceOf = (id: string) => fileOf.get(id) ?? `${docsDir}/${id}.mdx`;
        const published = await publishedSite(outDir, sources);

        const problems = checkFormerIds(published, sourceOf);
        let locked: LockLine[] = [];
        if (accept.length && !(lockPath && existsSync(lockPath)))
          throw new LinkLockError(lockPath ?? 'anchors.lock', [{ entry: accept[0]!, message: 'there is no lock to accept a text into' }]);
        if (lockPath && existsSync(lockPath)) {
          locked = parseLockLines(readFileSync(lockPath, 'utf8'));
          if (accept.length) {
            const result = acceptLock(locked, published, accept, sourceOf);
            if (result.problems.length) throw new LinkLockError(lockPath, result.problems);
            locked = result.lines;
            writeFileSync(lockPath, formatLock(locked));
            for (const a of result.accepted) logger.info(`${lockPath}: ${a.entry} now records “${a.now}” (was “${a.was ?? ''}”)`);
          }
          problems.push(...checkLock(locked, published, sourceOf));
        }
        if (problems.length) throw new LinkLockError(lockPath ?? 'anchors', problems);

        // Redirect pages for renamed documents, after the check so they never count as documents.
        for (const s of sources) {
          for (const former of s.formerIds) {
            const href = `${base}docs/${s.id}/`;
            const page = redirectPage({
              to: s.id,
              title: s.title,
              href,
              absolute: canonicalAddress(href, site),
              script: `${base}early/redirect.js`,
              csp: cspMeta(),
            });
            mkdirSync(join(outDir, 'docs', former), { recursive: true });
            writeFileSync(join(outDir, 'docs', former, 'index.html'), page);
          }
        }

        if (!lockPath) {
          logger.info(`anchor lock skipped: content from ${docsDir} (set WENKU_ANCHORS_LOCK to check one)`);
          return;
        }
        const reworded = rewordedEntries(locked, published);
        if (reworded.length) {
          logger.warn(
            `${reworded.length} heading(s) reworded since they were locked (their number and first passage are unchanged, so links hold):\n` +
              reworded.map((r) => `  ${r.entry}: “${r.was}” → “${r.now}”`).join('\n') +
              `\nRecord the new wording: npm run lock:accept -- ${reworded.map((r) => r.entry).join(' ')}`,
          );
        }
        const fresh = unlockedEntries(locked, published);
        const untexted = untextedEntries(locked);
        if (update) {
          const merged = mergeLock(locked, published);
          const textNow = new Map(merged.map((l) => [l.entry, l.text]));
          const filled = untexted.filter((e) => textNow.get(e)).length;
          // Also when only the format changed (e.g. the header's wording): the lock stays as generated.
          const text = formatLock(merged);
          if (!existsSync(lockPath) || readFileSync(lockPath, 'utf8') !== text) writeFileSync(lockPath, text);
          logger.info(
            `${lockPath}: ${fresh.length} new entr${fresh.length === 1 ? 'y' : 'ies'} added, ${filled} passage text${filled === 1 ? '' : 's'} recorded`,
          );
        } else if (!existsSync(lockPath)) {
          logger.warn(`${lockPath} does not exist: run \`npm run lock:update\` and commit it`);
        } else if (fresh.length) {
          logger.warn(`${fresh.length} published anchor(s) not yet in ${lockPath} (e.g. ${fresh[0]}): run \`npm run lock:update\` and commit it`);
        } else if (untexted.length) {
          logger.warn(
            `${untexted.length} locked anchor(s) in ${lockPath} have no recorded text, so a shift would go unnoticed (e.g. ${untexted[0]}): run \`npm run lock:update\` and commit it`,
          );
        } else {
          logger.info(`${lockPath}: all ${locked.length} published links resolve`);
        }
      },
    },
  };
}
