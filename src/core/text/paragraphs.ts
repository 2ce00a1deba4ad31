// Paragraphs are the analyser's unit of caching: an edit re-analyses only the
// paragraph it touches. A paragraph is text between blank lines (CRLF or LF).

import type { OffsetRange } from '../model/analysis';

/** Blank-line separated paragraphs, trimmed of surrounding whitespace, in order. */
export function splitParagraphs(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  // A blank line: a line break, optional horizontal whitespace, another line break.
  const blank = /\r?\n[ \t\u00a0]*\r?\n/g;
  let from = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    push(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  push(text, from, text.length, out);
  return out;
}

function push(text: string, from: number, to: number, out: OffsetRange[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) out.push({ start: s, end: e });
}
