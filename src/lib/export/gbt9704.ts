/**
 * The layout of 党政机关公文 (GB/T 9704-2012) as Word measures it, in one place:
 * page, margins, fonts with their fallbacks, sizes and the 22 × 28 character grid.
 * Word units: twips (1/20 pt, 1440 per inch) and half-points for font sizes.
 */
const MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * MM);

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 地脚 35 mm, 订口 28 mm, 翻口 26 mm: a 156 × 225 mm 版心. */
const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const MARGINS = {
  top: mm(MARGINS_MM.top),
  bottom: mm(MARGINS_MM.bottom),
  left: mm(MARGINS_MM.left),
  right: mm(MARGINS_MM.right),
  // The page number's 一字线 sits 7 mm below the 版心 (GB/T 9704 7.5): the footer line's
  // middle, half a 四号 line (≈2.7 mm) above the footer distance. Measured in LibreOffice's PDF.
  footer: mm(MARGINS_MM.bottom - 7 - 2.7),
  header: mm(15),
} as const;

const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Point sizes of the Chinese 字号 used, and Word's half-points. */
export const PT = { 二号: 22, 三号: 16, 四号: 14, 小四: 12 } as const;
export const halfPoints = (pt: number) => pt * 2;

const BODY_HEIGHT_PT = ((297 - MARGINS_MM.top - MARGINS_MM.bottom) / 25.4) * 72;

/** Exact line pitch: 225 mm / 22 lines ≈ 28.95 pt, in twips (579). */
export const LINE_PITCH = Math.floor((BODY_HEIGHT_PT / LINES_PER_PAGE) * 20);

/**
 * 28 characters across the 156 mm 版心 (442.2 pt) need an advance of at most 15.79 pt for
 * 16 pt characters. Word can compress a character grid (docGrid linesAndChars, charSpace),
 * but LibreOffice imports such a grid in its square-cell mode and sets 16 characters a line;
 * a line grid plus −0.25 pt character spacing gives 28 a line in Word, WPS and LibreOffice
 * alike (28 × 15.75 pt = 441 pt). Value in twips.
 */
export const CHAR_SPACING = -5;
/** One body character's advance in twips (15.75 pt): the unit of 右空二字 and the like. */
export const CHAR_ADVANCE = PT.三号 * 20 + CHAR_SPACING;

/**
 * Fonts the standard names, each with the font Word or WPS uses when it is not installed
 * (written as w:altName in word/fontTable.xml; charset 86 = GB2312).
 */
export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '华文中宋' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: 'SimHei' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: 'SimSun' },
} as const;

/** Two characters' first-line indent of body text and headings (Word: 200 = 2.00 characters). */
export const FIRST_LINE_CHARS = 200;
export const firstLineTwips = (pt: number) => pt * 2 * 20;
