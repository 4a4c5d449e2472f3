/**
 * Checks run over every document body by tests/unit/content-qa.test.ts. Each returns a
 * list of problems (empty when the text is clean), so tests can also feed them bad text
 * and prove they fail.
 */
import { parse } from 'yaml';
import { NOISE_STRINGS, hasCjkDigitSpace, hasPageMarker } from '../../src/importer/cleaning/index.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

export interface MdxFile {
  frontmatter: unknown;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitMdx(source: string): MdxFile {
  const parts = splitFrontmatter(source);
  if (!parts) throw new Error('no YAML frontmatter between --- lines at the top of the file');
  return { frontmatter: parse(parts.yaml), body: parts.body };
}

function linesWith(body: string, test: (line: string) => boolean): number[] {
  return body.split('\n').flatMap((line, i) => (test(line) ? [i + 1] : []));
}

export function noiseProblems(body: string): string[] {
  return NOISE_STRINGS.filter((s) => body.includes(s)).map((s) => `noise string "${s}"`);
}

export function replacementCharProblems(body: string): string[] {
  return linesWith(body, (l) => l.includes('\uFFFD')).map((n) => `U+FFFD on body line ${n}`);
}

export function pageMarkerProblems(body: string): string[] {
  return linesWith(body, hasPageMarker).map((n) => `page marker on body line ${n}`);
}

export function cjkDigitSpaceProblems(body: string): string[] {
  return linesWith(body, hasCjkDigitSpace).map((n) => `space between a Chinese character and a digit on body line ${n}`);
}

export function paywallProblems(body: string): string[] {
  return /##paid(?:begin|end)##/.test(body) ? ['paywall marker'] : [];
}

/** Headings: the first is h2, none deeper than h5, and none more than one level below the previous. */
export function headingProblems(body: string): string[] {
  const problems: string[] = [];
  let previous = 1;
  body.split('\n').forEach((line, i) => {
    const m = /^(#{1,6})\s/.exec(line);
    if (!m) return;
    const level = m[1]!.length;
    if (level === 1) problems.push(`h1 on body line ${i + 1} (the title is the page's h1)`);
    else if (level > previous + 1) problems.push(`h${level} after h${previous} on body line ${i + 1}`);
    else if (level > 5) problems.push(`h${level} on body line ${i + 1}`);
    previous = level;
  });
  return problems;
}

/** Every check on one body. */
export function bodyProblems(body: string): string[] {
  return [
    ...noiseProblems(body),
    ...replacementCharProblems(body),
    ...pageMarkerProblems(body),
    ...cjkDigitSpaceProblems(body),
    ...paywallProblems(body),
    ...headingProblems(body),
  ];
}
