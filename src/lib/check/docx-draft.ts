/**
 * The .docx side of the 起草自查 page, one chunk loaded only when a .docx is opened: reading it
 * with the importer's own reader (src/importer/docx.ts: mammoth, Word's numbers written in) and
 * writing the 批注版. The size is checked before the file is read into memory.
 */
import { MAX_DOCX_BYTES, readDocx } from '../../importer/docx.ts';
import { ImportInputError } from '../../importer/types.ts';

export { annotateDocx } from './annotate-docx.ts';

/** The draft's paragraphs and its bytes (kept for the 批注版). */
export async function readDraft(file: File): Promise<{ paragraphs: string[]; bytes: Uint8Array }> {
  if (file.size > MAX_DOCX_BYTES) throw new Error(`文件有 ${file.size} 字节，超过上限 ${MAX_DOCX_BYTES} 字节（20 MiB）`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const source = await readDocx(file.name, bytes);
    return { paragraphs: source.text.split('\n'), bytes };
  } catch (e) {
    // The importer's messages name the file first; the page names it already.
    throw new Error(e instanceof ImportInputError ? e.message.slice(e.file.length + 1) : (e as Error).message);
  }
}
