/**
 * Stops the build before Astro reads the content when any document still has a field the
 * importer left as 待填写, naming every such file and field at once (Astro's schema check
 * stops at the first one). See src/lib/unfilled.ts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { unfilledInLibrary, unfilledMessage } from '../lib/unfilled.ts';

/** Printed as the message alone, like LinkLockError (no stack, no hint appended by Astro's CLI). */
export class UnfilledError extends Error {
  override name = 'UnfilledError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
  override toString(): string {
    return this.name;
  }
}

export default function unfilled(): AstroIntegration {
  return {
    name: 'wenku-unfilled',
    hooks: {
      'astro:config:setup': () => {
        const dir = process.env['WENKU_CONTENT_DIR'] ?? 'content/docs';
        if (!existsSync(dir)) return;
        const list = unfilledInLibrary(dir);
        if (list.length) throw new UnfilledError(unfilledMessage(list));
      },
    },
  };
}
