/**
 * Reading a .txt file the keeper gives the importer: the bytes checked (size, empty, binary),
 * the encoding detected by `chardet` and decoded by `iconv-lite`, never guessed by hand.
 *
 * Read: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, GB18030 (and so GBK and GB2312,
 * its subsets). chardet is unreliable on short input (a 20-character GBK note scores 10 for
 * several encodings), so without a BOM the bytes are tried first: valid UTF-8 (strictly) is
 * UTF-8; valid GB18030 whose characters are nearly all common ones (GB2312's hanzi and marks,
 * `gb2312Share`) is GB18030, unless chardet, on enough bytes to be sure, names another encoding. Anything else (Big5, Shift_JIS, Latin-1…) is refused with the encoding chardet
 * saw, rather than decoded into plausible-looking nonsense.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportInputError, type SourceText } from './types.ts';

/** Largest .txt read (bytes). The longest 公文 of the corpus is ~60 KB; 5 MiB is a whole book. */
export const MAX_TXT_BYTES = 5 * 1024 * 1024;

/**
 * Lowest chardet confidence (0–100) accepted. chardet gives 100 to valid UTF-8/UTF-16 and to
 * GB18030 text of 16 or more characters; shorter GBK and non-text bytes score about 10.
 */
export const MIN_CONFIDENCE = 50;

/** chardet's names of the encodings read, with iconv-lite's name for each. */
const READABLE: Record<string, string> = {
  'UTF-8': 'utf8',
  ASCII: 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
};

/** File signatures of formats that are not text, with what to tell the keeper. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'zip 压缩包（是改了扩展名的 .docx？）' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Word（.doc）或其他 Office 文件：请另存为 .docx' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF 文件：请另存为 .docx 或 .txt' },
];

/** Share of GB2312 characters (common hanzi and marks) among a GB18030 text's non-ASCII ones, at least. */
export const MIN_GB2312_SHARE = 0.9;
/** Non-ASCII bytes from which chardet's verdict is trusted over the byte tests. */
const CHARDET_RELIABLE_BYTES = 64;

/** The bytes as UTF-8, or undefined when any sequence is not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Of the multi-byte characters of GB18030 bytes, the share in GB2312's area (both bytes 0xA1–0xFE,
 * lead up to 0xF7, not the empty rows 0xAA–0xAF): Chinese text is nearly all such characters, while
 * Big5, Shift_JIS or Latin-1 bytes read as GBK fall largely outside it. Undefined for bytes that are
 * not GB18030 or hold no multi-byte character.
 */
export function gb2312Share(bytes: Uint8Array): number | undefined {
  let common = 0;
  let total = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b2 = bytes[i + 1];
    if (b === 0x80 || b === 0xff || b2 === undefined) return undefined;
    total++;
    if (b2 >= 0x30 && b2 <= 0x39) {
      // A four-byte character: valid, but no common one.
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      if (b3 === undefined || b4 === undefined || b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) return undefined;
      i += 4;
      continue;
    }
    if (b2 < 0x40 || b2 === 0x7f || b2 === 0xff) return undefined;
    if (b >= 0xa1 && b <= 0xf7 && !(b >= 0xaa && b <= 0xaf) && b2 >= 0xa1) common++;
    i += 2;
  }
  return total === 0 ? undefined : common / total;
}

const BOMS: { bytes: number[]; name: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], name: 'UTF-8' },
  { bytes: [0xff, 0xfe], name: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], name: 'UTF-16BE' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** "line N" (1-based) of a string index, for messages. */
function lineOf(text: string, index: number): string {
  return `第${text.slice(0, index).split('\n').length}行`;
}

/** Control characters that never occur in a text file (tab, line feed, carriage return, form feed are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

export interface DecodedText {
  text: string;
  /** The encoding as reported to the keeper, e.g. "UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "GB18030". */
  encoding: string;
  /** chardet's confidence in it, 0–100. */
  confidence: number;
}

/**
 * Decodes the bytes of a .txt file. Throws ImportInputError naming the file and the problem:
 * empty, too large, a binary format, control characters, an encoding not read, or bytes that
 * are not valid in the detected encoding.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportInputError(file, '文件是空的（0字节）');
  if (bytes.length > MAX_TXT_BYTES) {
    throw new ImportInputError(file, `文件有 ${bytes.length} 字节，超过 .txt 的上限 ${MAX_TXT_BYTES} 字节（5 MiB）`);
  }
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new ImportInputError(file, `这不是文本文件，而是${sig.what}`);
  }
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  const candidates = chardet.analyse(bytes);
  const best = candidates[0];
  // Without a BOM, the bytes decide first (see the top of this file); chardet after.
  const utf8 = bom || bytes.includes(0) ? undefined : strictUtf8(bytes);
  const share = bom || utf8 !== undefined ? undefined : gb2312Share(bytes);
  const nonAscii = bytes.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
  const chardetSure = best !== undefined && best.name !== 'GB18030' && best.confidence >= MIN_CONFIDENCE && nonAscii >= CHARDET_RELIABLE_BYTES;
  const byBytes = utf8 !== undefined ? 'UTF-8' : share !== undefined && share >= MIN_GB2312_SHARE && !chardetSure ? 'GB18030' : undefined;
  // UTF-16 without a BOM is not detected (chardet needs the BOM): such a file has NUL bytes
  // and is reported as binary below.
  const name = bom?.name ?? byBytes ?? best?.name;
  const confidence = bom || utf8 !== undefined ? 100 : byBytes ? Math.round(share! * 100) : (best?.confidence ?? 0);
  const iconvName = name === undefined ? undefined : READABLE[name];
  if (!iconvName || confidence < MIN_CONFIDENCE) {
    if (bytes.includes(0)) throw new ImportInputError(file, '含二进制数据（NUL 字节），不是文本文件');
    const seen = candidates
      .slice(0, 3)
      .map((c) => `${c.name} ${c.confidence}%`)
      .join('，');
    throw new ImportInputError(
      file,
      iconvName
        ? `无法可靠判断编码（chardet：${seen || '无结果'}）；很短的 GBK 文本难以判断：请另存为 UTF-8`
        : `不读取 ${name ?? '未知'} 编码（chardet：${seen || '无结果'}）：请把文件另存为 UTF-8（或 GB18030/GBK、UTF-16）`,
    );
  }

  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // iconv-lite strips the BOM; invalid byte sequences become U+FFFD, so a round trip that does
  // not give the same bytes back means the file is not valid in this encoding.
  const text = iconv.decode(buffer, iconvName);
  const body = bom ? buffer.subarray(bom.bytes.length) : buffer;
  if (!iconv.encode(text, iconvName).equals(body)) {
    const bad = text.indexOf('\uFFFD');
    throw new ImportInputError(file, `有不合 ${name} 编码的字节（${bad >= 0 ? `最早在${lineOf(text, bad)}` : '解码后无法还原为原字节'}）`);
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new ImportInputError(file, `含二进制数据：${lineOf(text, control.index)}有控制字符 U+${code}，不是文本文件`);
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.trim()) throw new ImportInputError(file, '文件里没有文字（只有空白）');
  return { text: normalized, encoding: bom ? `${name} BOM` : name!, confidence };
}

/** A .txt file as the text rules read it. */
export function readTxt(file: string, bytes: Uint8Array): SourceText {
  const { text, encoding } = decodeText(file, bytes);
  return { path: file, format: 'txt', encoding, text };
}
