/**
 * Writes src/lib/search/traditional-chars.ts: which characters are traditional-only, so the
 * search page knows without downloading OpenCC's data when a query needs converting.
 * Run after upgrading opencc-js: `npm run gen:traditional` (a unit test fails until then).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import { tableModule, traditionalOnly } from '../../src/lib/search/traditional-table.ts';

const out = resolve(import.meta.dirname, '..', '..', 'src', 'lib', 'search', 'traditional-chars.ts');
const chars = traditionalOnly(TSCharacters, STCharacters);
writeFileSync(out, tableModule(chars));
console.log(`wrote ${out}: ${chars.length} characters`);
