/** The cleaning rules, one small pure function per rule. See each module for its rule. */
export {
  NOISE_STRINGS,
  isBareRelatedHead,
  isBreadcrumbLine,
  isNoiseLine,
  isTitleListLine,
  publicationInfo,
  stripNoiseLines,
  stripPaywallMarkers,
  templateClutter,
  type ClutterKind,
} from './noise.ts';
export { stripPageMarkers, hasPageMarker, removePageMarkers, type RemovedMarker } from './page-markers.ts';
export { removeCjkSpacing, hasCjkDigitSpace } from './spacing.ts';
export { pairQuotes, toFullStops, toFullWidthPunctuation, toSeparatorDots } from './punctuation.ts';
export {
  continueHeadingAcrossBreak,
  isDateLine,
  joinBrokenLines,
  runsOnAcrossBlank,
  signatureLines,
} from './paragraphs.ts';
// Numbering lives in the one 公文 numbering module, shared with the anchors and templates.
export {
  HEADING_KINDS,
  HeadingLevels,
  detectNumbering,
  formatNumbering,
  normalizeMarker,
  type HeadingKind,
} from '../../lib/numbering.ts';
export {
  MAX_TITLE,
  buildBlocks,
  renderBody,
  splitFlattened,
  splitRunTogetherHeading,
  titleOf,
  isSentenceHeading,
  wordHeadingRanks,
  type Block,
} from './structure.ts';
export { ROUNDTRIP_RULES, fixConversionErrors } from './conversion.ts';
export { escapeMdxText, sourceGapTag, unescapeMdxText } from './mdx.ts';
