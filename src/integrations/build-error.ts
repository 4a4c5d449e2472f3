/**
 * A build failure printed as its message alone. Astro's CLI prints a thrown error with its stack
 * trace, and appends a hint about browser APIs to any error whose text mentions "document" or
 * "window" (astro/dist/core/errors/dev/utils.js, generateHint), which our messages about
 * documents do. Without a stack and with a toString() that is only the name, neither is added.
 */
export class BuildMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
  override toString(): string {
    return this.name;
  }
}
