/**
 * OpenCC's traditional → simplified conversion (t2s: TSPhrases, then TSCharacters), from
 * opencc-js. About 40 KB of dictionary: the search page imports this module only for a query
 * with a traditional character (./fold-traditional.ts), so other queries never download it.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

export const toSimplified = ConverterFactory([TSPhrases, TSCharacters]);
