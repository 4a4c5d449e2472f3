/** The cleaning rules, one small pure function per rule. See each module for its rule. */
export {
  NOISE_LINE_PATTERNS,
  NOISE_STRINGS,
  RELATED_HEAD,
  isBareRelatedHead,
  isBreadcrumbLine,
  isNoiseLine,
  isTitleListLine,
  publicationInfo,
  stripNoiseLines,
  stripPaywallMarkers,
  templateClutter,
  type ClutterKind,
  type PublicationInfo,
} from './noise.ts';
export { stripPageMarkers, hasPageMarker, removePageMarkers, type RemovedMarker } from './page-markers.ts';
export { removeCjkSpacing, hasCjkDigitSpace } from './spacing.ts';
export { pairQuotes, toFullStops, toFullWidthPunctuation, toSeparatorDots, type PunctuationResult } from './punctuation.ts';
export {
  continueHeadingAcrossBreak,
  endsParagraph,
  isDateLine,
  joinBrokenLines,
  runsOnAcrossBlank,
  signatureLines,
  type JoinPoint,
  type JoinResult,
} from './paragraphs.ts';
// Numbering lives in the one 公文 numbering module, shared with the anchors and templates.
export {
  CANONICAL_LEVEL,
  HEADING_KINDS,
  HeadingLevels,
  detectNumbering,
  formatNumbering,
  normalizeMarker,
  type HeadingKind,
  type LineNumbering,
} from '../../lib/numbering.ts';
export {
  MAX_HEADING,
  MAX_TITLE,
  buildBlocks,
  renderBody,
  splitFlattened,
  splitRunTogetherHeading,
  titleOf,
  isSentenceHeading,
  wordHeadingRanks,
  type Block,
  type StructureResult,
} from './structure.ts';
export { ROUNDTRIP_RULES, fixConversionErrors, type ConversionFix, type ConversionRule } from './conversion.ts';
export { escapeMdxText, sourceGapTag, unescapeMdxText } from './mdx.ts';
export { parseTableLine, renderTable, tableLine, tableNote, tableText, type WordTable } from './table.ts';
