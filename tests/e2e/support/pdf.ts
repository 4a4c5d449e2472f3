/**
 * A Word file as LibreOffice lays it out: converted to PDF (soffice) and read back with
 * poppler's pdftotext (-bbox-layout: every line with its box, in points from the page's top left).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAS_TOOLS = existsSync('/usr/bin/soffice') && existsSync('/usr/bin/pdftotext');
export const PT_PER_MM = 72 / 25.4;

export interface PdfLine {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** The line's words joined without the spaces pdftotext puts between them. */
  text: string;
}

/** Converts a .docx to PDF with LibreOffice; returns the PDF's path. */
export function toPdf(docx: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenku-pdf-'));
  const input = join(dir, 'doc.docx');
  copyFileSync(docx, input);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
    timeout: 150_000,
    stdio: 'ignore',
  });
  return join(dir, 'doc.pdf');
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)![1]);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The lines of one page (1-based), top to bottom. */
export function pdfLines(pdf: string, page: number): PdfLine[] {
  const xml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)]
    .map(([, attrs, inner]) => ({
      xMin: num(attrs!, 'xMin'),
      yMin: num(attrs!, 'yMin'),
      xMax: num(attrs!, 'xMax'),
      yMax: num(attrs!, 'yMax'),
      text: [...inner!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => unescape(m[1]!)).join(''),
    }))
    .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
}
