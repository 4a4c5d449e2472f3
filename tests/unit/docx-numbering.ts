/**
 * Word's automatic 公文 numbering (一、（一）1.（1）) for the .docx files the importer tests write
 * with the `docx` library: paragraphs refer to it by { reference: gongwenNumbering.reference, level: 0…3 }.
 */
import { AlignmentType, Document, LevelFormat, Packer, type Paragraph } from 'docx';

export const gongwenNumbering = {
  reference: 'gw',
  levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.START },
    { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.START },
  ],
};

/** A Word file of these paragraphs, with the 公文 numbering available to them. */
export async function wordFile(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering: { config: [gongwenNumbering] }, sections: [{ children }] })));
}
