// Converts UTF-16 offsets into the other coordinates exports, import and the
// CLI's text listing need: VS Code line/character (UTF-16 within the line) and
// the code-point positions the W3C model counts in ("🇺🇦" is 4 UTF-16 units
// but 2 code points).

export interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

/** Start offset of every line; "\r\n", "\n" and a lone "\r" end a line, as in VS Code. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function lineCharacterAt(starts: readonly number[], offset: number): LineCharacter {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

/**
 * Counts code points before a UTF-16 offset in O(log n): only surrogate pairs
 * make the two differ, so their positions are found once per document.
 */
export function codePointCounter(text: string): (offset: number) => number {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const ch = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (ch >= 0xd800 && ch <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) pairs.push(i++);
  }
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    // Pairs that end at or before the offset each count one unit less.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid]! + 2 <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/** UTF-16 offset of the `codePoints`-th code point (clamped to the text length). */
export function utf16Offset(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    const ch = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    i += ch >= 0xd800 && ch <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return i;
}
