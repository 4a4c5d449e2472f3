/**
 * Stops the build before Astro reads the content when any document still has a field the
 * importer left as 待填写 (source.title too) or the importer's placeholder id (document,
 * document-2 …), naming every such file and problem at once, one line each (Astro's schema check
 * stops at the first one). It runs first in every build, so `npm run lock:update` and
 * `npm run lock:accept` (both builds) never lock a placeholder id into anchors.lock. See ./unfilled/fields.ts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { unfilledInLibrary, unfilledMessage } from './unfilled/fields.ts';
import { BuildMessageError } from './build-error.ts';

class UnfilledError extends BuildMessageError {
  override name = 'UnfilledError';
}

/** `contentDir`: the documents' directory (content/docs, or a fixture's), from astro.config.mjs. */
export default function unfilled({ contentDir: dir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'wenku-unfilled',
    hooks: {
      'astro:config:setup': () => {
        if (!existsSync(dir)) return;
        const list = unfilledInLibrary(dir);
        if (list.length) throw new UnfilledError(unfilledMessage(list));
      },
    },
  };
}
