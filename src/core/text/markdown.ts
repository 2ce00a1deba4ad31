// Markdown syntax is never part of an entity or claim span: `maskMarkdown`
// replaces it by spaces so detectors see plain prose at the same offsets.
// "## Kim's **10,000** troops in [Kursk](https://x.y)" becomes
// "   Kim's   10,000   troops in  Kursk                ".
// Line breaks are kept, so sentence and paragraph boundaries survive.

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const HEADING = /^([ \t]{0,3}#{1,6})(?=[ \t]|$)/;
const SETEXT_OR_RULE = /^[ \t]{0,3}(?:[-=*_][ \t]*){3,}$/;
const LIST_OR_QUOTE = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)]))(?=[ \t])|^([ \t]*>[ \t]?(?:>[ \t]?)*)/;
// "[^2]: …" is a footnote, whose text is prose: only its label is syntax.
const REF_DEFINITION = /^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+.*$/;
/** YAML front matter: a "---" first line, closed by "---" or "...". */
const FRONT_MATTER_OPEN = /^---[ \t]*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Lines YAML front matter is made of: "key: value", "- item", indented values, comments, blanks. */
const FRONT_MATTER_LINE = /^(?:[ \t]*$|[ \t]+\S|[ \t]*#|- |[\w"'-][^:]*:(?:[ \t]|$))/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/** Same-length copy of `text` with Markdown syntax replaced by spaces. */
export function maskMarkdown(text: string): string {
  // Collect blanked ranges (never spanning a line break) and build the copy
  // once: a char array of a 10 MB document would cost ten times its size.
  const ranges: number[] = [];
  const blank = (from: number, to: number): void => {
    if (to > from) ranges.push(from, to);
  };
  let inFence: string | null = null;
  const frontMatter = frontMatterEnd(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    const fence = FENCE.exec(line);
    if (lineStart < frontMatter) {
      blank(lineStart, contentEnd);
    } else if (inFence !== null) {
      // Code is not prose: the whole block, fences included, is masked.
      blank(lineStart, contentEnd);
      if (fence && fence[1]?.[0] === inFence[0] && (fence[1]?.length ?? 0) >= inFence.length) inFence = null;
    } else if (fence) {
      inFence = fence[1] ?? '```';
      blank(lineStart, contentEnd);
    } else if (SETEXT_OR_RULE.test(line) || REF_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      blank(lineStart, contentEnd);
    } else {
      maskLine(line, lineStart, blank);
    }
    lineStart = lineEnd + 1;
  }
  return applyRanges(text, ranges);
}

/**
 * Front matter is metadata, not prose ("title: Report 2024"): the offset
 * where its closing line ends, or 0 when there is none.
 */
function frontMatterEnd(text: string): number {
  const first = text.indexOf('\n');
  if (first < 0 || !FRONT_MATTER_OPEN.test(text.slice(0, first).replace(/\r$/, ''))) return 0;
  // A leading "---" may also be a thematic break: every line up to the
  // closing one must look like YAML, or it is not front matter.
  for (let lineStart = first + 1; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (FRONT_MATTER_CLOSE.test(line)) return lineEnd;
    if (!FRONT_MATTER_LINE.test(line)) return 0;
    lineStart = lineEnd + 1;
  }
  return 0;
}

function applyRanges(text: string, ranges: number[]): string {
  if (ranges.length === 0) return text;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i] as number, ranges[i + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of pairs) {
    const start = Math.max(from, at);
    if (to <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(to - start));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

type Blank = (from: number, to: number) => void;

function maskLine(line: string, offset: number, blank: Blank): void {
  let from = 0;
  const heading = HEADING.exec(line);
  if (heading) {
    blank(offset, offset + heading[0].length);
    from = heading[0].length;
    // Optional closing hashes: "## Title ##".
    const closing = /[ \t]#+[ \t]*$/.exec(line);
    if (closing && closing.index >= from) blank(offset + closing.index, offset + line.length);
  } else {
    const list = LIST_OR_QUOTE.exec(line);
    if (list) {
      blank(offset, offset + list[0].length);
      from = list[0].length;
    }
  }
  maskInline(line, from, offset, blank);
}

function maskInline(line: string, from: number, offset: number, blank: Blank): void {
  // Links and images: "[text](url "title")", "![alt](url)", "[text][ref]".
  const link = /!?\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g;
  link.lastIndex = from;
  for (let m = link.exec(line); m !== null; m = link.exec(line)) {
    const open = m[0].startsWith('!') ? 2 : 1;
    blank(offset + m.index, offset + m.index + open);
    const textEnd = m.index + open + (m[1]?.length ?? 0);
    blank(offset + textEnd, offset + m.index + m[0].length);
  }
  // Footnote marks "[^2]" and definition labels "[^2]:" cite, they state nothing.
  if (line.includes('[^', from)) {
    const footnote = /\[\^[^\]\s]+\]:?/g;
    footnote.lastIndex = from;
    for (let m = footnote.exec(line); m !== null; m = footnote.exec(line)) blank(offset + m.index, offset + m.index + m[0].length);
  }
  // Autolinks and inline HTML tags: "<https://…>", "<br/>", "<em>".
  const tag = /<(?:[a-z][a-z0-9+.-]*:[^>\s]+|\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?)>/gi;
  tag.lastIndex = from;
  for (let m = tag.exec(line); m !== null; m = tag.exec(line)) blank(offset + m.index, offset + m.index + m[0].length);
  maskEmphasis(line, from, offset, blank);
  // Table pipes and backslash escapes.
  const tableRow = isTableRow(line);
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (ch === '|' && tableRow) blank(offset + i, offset + i + 1);
    else if (ch === '\\' && /[\\`*_{}[\]()#+\-.!|~<>]/.test(line[i + 1] ?? '')) blank(offset + i, offset + i + 1);
  }
}

const isTableRow = (line: string): boolean => line.trimStart().startsWith('|');

/**
 * Emphasis and code markers: runs of * or _ or ` or ~~ that touch a word on
 * one side only ("**Kim**", "_Pyongyang_"); "snake_case" and "3 * 4" stay.
 */
function maskEmphasis(line: string, from: number, offset: number, blank: Blank): void {
  const marker = /\*+|_+|`+|~~/g;
  marker.lastIndex = from;
  for (let m = marker.exec(line); m !== null; m = marker.exec(line)) {
    const before = line[m.index - 1];
    const after = line[m.index + m[0].length];
    const wordBefore = before !== undefined && /[\p{L}\p{N}]/u.test(before);
    const wordAfter = after !== undefined && /[\p{L}\p{N}]/u.test(after);
    if (m[0][0] === '_' && wordBefore && wordAfter) continue;
    const spaceBefore = before === undefined || /\s/.test(before);
    const spaceAfter = after === undefined || /\s/.test(after);
    if (spaceBefore && spaceAfter && m[0][0] !== '`') continue;
    blank(offset + m.index, offset + m.index + m[0].length);
  }
}

/** Markup characters `maskMarkdown` blanks that only mark emphasis or code, not structure. */
export const EMPHASIS_CHARS: ReadonlySet<number> = new Set([...'*_`~'].map((c) => c.charCodeAt(0)));

const INLINE_MARKUP = /[*_`~|]/;

/**
 * Plain text pasted from Markdown (a chat answer, a converted note) keeps its
 * "**Hun Sen**" and "| Surin | Thailand |": the same-length copy with only
 * emphasis markers and table pipes blanked, which no plain prose needs.
 */
export function maskInlineMarkup(text: string): string {
  if (!INLINE_MARKUP.test(text)) return text;
  const ranges: number[] = [];
  const blank = (from: number, to: number): void => {
    if (to > from) ranges.push(from, to);
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    maskEmphasis(line, 0, lineStart, blank);
    if (isTableRow(line)) {
      for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) blank(lineStart + i, lineStart + i + 1);
    }
    lineStart = lineEnd + 1;
  }
  return applyRanges(text, ranges);
}
