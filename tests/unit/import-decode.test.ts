/**
 * Reading .txt files: each encoding the importer promises, with fixtures generated here by
 * iconv-lite, and each kind of bad input refused with the file and the problem.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import chardet from 'chardet';
import { decodeText, gb2312Share, MAX_TXT_BYTES, MIN_CONFIDENCE, MIN_GB2312_SHARE, readTxt } from '../../src/importer/decode.ts';
import { ImportInputError } from '../../src/importer/types.ts';

const TEXT = [
  '关于开展2024年“我们的节日”主题活动的实施方案',
  '为深入贯彻落实习近平新时代中国特色社会主义思想，弘扬中华优秀传统文化，制定本方案。',
  '一、工作目标',
  '（一）深化文明城市创建。围绕“讲文明树新风”，推进移风易俗。',
  '1.抓好宣传。',
].join('\n');

const bytes = (s: string, enc: string, addBOM = false) => new Uint8Array(iconv.encode(s, enc, { addBOM }));

describe('encodings', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', bytes(TEXT, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', bytes(TEXT, 'utf8', true), 'UTF-8 BOM'],
    ['UTF-16 LE with BOM', bytes(TEXT, 'utf16le', true), 'UTF-16LE BOM'],
    ['UTF-16 BE with BOM', bytes(TEXT, 'utf16be', true), 'UTF-16BE BOM'],
    ['GBK', bytes(TEXT, 'gbk'), 'GB18030'],
    ['GB18030', bytes(`${TEXT}\n𠀀㐀€`, 'gb18030'), 'GB18030'],
  ];
  it.each(cases)('%s is detected, reported and decoded exactly', (_, input, encoding) => {
    const out = decodeText('a.txt', input);
    expect(out.encoding).toBe(encoding);
    expect(out.text.startsWith(TEXT)).toBe(true);
    expect(out.text).not.toContain('\uFEFF');
  });

  it('turns CRLF and CR line ends into LF', () => {
    expect(decodeText('a.txt', bytes(TEXT.replace(/\n/g, '\r\n'), 'gbk')).text).toBe(TEXT);
    expect(decodeText('a.txt', bytes(TEXT.replace(/\n/g, '\r'), 'utf8')).text).toBe(TEXT);
  });

  it('gives the text rules a SourceText', () => {
    expect(readTxt('in/a.txt', bytes(TEXT, 'gbk'))).toEqual({ path: 'in/a.txt', format: 'txt', encoding: 'GB18030', text: TEXT });
  });
});

describe('bad input gets an error naming the file and the problem', () => {
  const refuse = (input: Uint8Array, problem: RegExp) => {
    expect(() => decodeText('docs/bad.txt', input)).toThrow(ImportInputError);
    expect(() => decodeText('docs/bad.txt', input)).toThrow(problem);
    expect(() => decodeText('docs/bad.txt', input)).toThrow(/^docs\/bad\.txt：/);
  };

  it('empty, or only white space', () => {
    refuse(new Uint8Array(), /文件是空的（0字节）/);
    refuse(bytes(' \n\u3000\n', 'utf8'), /文件里没有文字（只有空白）/);
    refuse(bytes('', 'utf8', true), /文件里没有文字/);
  });

  it('over the size limit', () => {
    refuse(new Uint8Array(MAX_TXT_BYTES + 1).fill(0x41), /文件有 5242881 字节，超过 \.txt 的上限 5242880 字节/);
  });

  it('binary: NUL bytes, control characters, or a known binary format', () => {
    refuse(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x80]), /含二进制数据（NUL 字节），不是文本文件/);
    refuse(bytes(`${TEXT}\u0007\n`, 'utf8'), /含二进制数据：第5行有控制字符 U\+0007，不是文本文件/);
    refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /这不是文本文件，而是zip 压缩包/);
    refuse(new Uint8Array([...Buffer.from('%PDF-1.7\n')]), /这不是文本文件，而是PDF 文件/);
  });

  it('bytes not valid in the detected encoding, with the line', () => {
    const gbk = bytes(TEXT, 'gbk');
    // A lead byte followed by a byte that cannot trail it, on line 3.
    const line3 = gbk.indexOf(0x0a, gbk.indexOf(0x0a) + 1) + 1;
    const broken = new Uint8Array([...gbk.slice(0, line3), 0x81, 0x0a, ...gbk.slice(line3)]);
    refuse(broken, /有不合 GB18030 编码的字节（最早在第3行）/);
  });

  it('an encoding that is not read, naming what chardet saw', () => {
    refuse(
      bytes('Ein kurzer Text über Straßen, Größe und Maße, für Bürger mit Übung. '.repeat(20), 'latin1'),
      /不读取 ISO-8859-1 编码（chardet：ISO-8859-1 \d+%/,
    );
    refuse(bytes(TEXT.repeat(5), 'big5'), /不读取 Big5 编码（chardet：Big5 \d+%.*）：请把文件另存为 UTF-8/);
  });

  it('bytes that are neither UTF-8 nor plausible Chinese GB18030, too short for chardet', () => {
    // Latin-1 and Shift_JIS bytes read as GBK fall outside its common characters.
    refuse(bytes('Größe über Maß', 'latin1'), /无法可靠判断编码|不读取 .* 编码/);
    refuse(bytes('工作目標を達成する', 'shift_jis'), /无法可靠判断编码|不读取 .* 编码/);
  });
});

describe('short notes: the bytes decide before chardet', () => {
  // chardet scores these 10 for several encodings; tried as UTF-8 strictly, then as GB18030.
  const NOTES = ['一、工作目标', '请于周五前报送文明创建总结，逾期不候。', '联系人：王老师，电话：12345678，地址：XX街道办事处二楼201室'];

  it.each(NOTES)('a GBK note (%s) is read as GB18030, exactly', (note) => {
    const out = decodeText('note.txt', bytes(note, 'gbk'));
    expect(out.encoding).toBe('GB18030');
    expect(out.text).toBe(note);
  });

  it('chardet alone could not tell the shortest note (why the bytes decide first)', () => {
    expect(chardet.analyse(bytes(NOTES[0]!, 'gbk'))[0]!.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it.each(NOTES)('the same note (%s) in UTF-8 is read as UTF-8', (note) => {
    expect(decodeText('note.txt', bytes(note, 'utf8'))).toMatchObject({ encoding: 'UTF-8', text: note });
  });

  it('measures how Chinese GB18030 bytes look: common characters for GBK text, few for Big5 or Latin-1 read as GBK', () => {
    expect(gb2312Share(bytes('请于周五前报送文明创建总结', 'gbk'))).toBe(1);
    expect(gb2312Share(bytes(TEXT, 'big5'))!).toBeLessThan(MIN_GB2312_SHARE);
    expect(gb2312Share(bytes('Ein Text über Straßen für Bürger', 'latin1')) ?? 0).toBeLessThan(MIN_GB2312_SHARE);
    expect(gb2312Share(bytes('plain ASCII', 'utf8'))).toBeUndefined();
  });
});
