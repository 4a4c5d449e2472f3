/** First step of `npm test`: stop at once, with one message, when there is no browser to test with. */
import { findChromium, noBrowserMessage } from '../tests/support/browser.ts';

const path = findChromium();
if (!path) {
  console.error(noBrowserMessage());
  process.exit(1);
}
console.log(`browser tests use ${path}`);
