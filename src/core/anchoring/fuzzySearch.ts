// Approximate search for a quote whose text was edited outside the editor:
// finds substrings of `text` within `maxErrors` edits (Levenshtein) of
// `pattern`. Pigeonhole filter first — if the pattern is split into k+1
// pieces, any match with at most k edits contains one piece unchanged — so
// only the few places around exact piece hits get the O(m²) verification, and
// a megabyte document is searched in milliseconds instead of m·n steps.

export interface FuzzyMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** A pattern piece that is too short hits everywhere ("the") and filters nothing. */
const MIN_PIECE_LENGTH = 3;
/** Stop verifying after this many candidate places: the quote is too generic to anchor. */
const MAX_CANDIDATES = 1000;

export function fuzzySearch(text: string, pattern: string, maxErrors: number): FuzzyMatch[] {
  const m = pattern.length;
  const k = Math.min(maxErrors, Math.floor(m / MIN_PIECE_LENGTH) - 1);
  if (m === 0 || k < 0) return [];
  const candidates = candidateStarts(text, pattern, k);
  const matches: FuzzyMatch[] = [];
  // Hits of different pieces of one match start at most k apart: verify each
  // such cluster once, in a window wide enough for k insertions or deletions.
  for (let i = 0; i < candidates.length; ) {
    const first = candidates[i]!;
    let last = first;
    while (i < candidates.length && candidates[i]! - first <= 2 * k) last = candidates[i++]!;
    const match = bestAlignment(text, pattern, Math.max(0, first - k), Math.min(text.length, last + m + k));
    if (match.errors > k) continue;
    const previous = matches[matches.length - 1];
    if (previous && match.start < previous.end) {
      if (match.errors < previous.errors) matches[matches.length - 1] = match;
    } else matches.push(match);
  }
  return matches;
}

/** Sorted, de-duplicated places where the pattern could start, from exact piece hits. */
function candidateStarts(text: string, pattern: string, k: number): number[] {
  const pieces = k + 1;
  const pieceLength = Math.floor(pattern.length / pieces);
  const starts = new Set<number>();
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, p === pieces - 1 ? pattern.length : offset + pieceLength);
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      starts.add(at - offset);
      if (starts.size > MAX_CANDIDATES) return [];
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Semi-global edit distance (Sellers): the whole pattern against any substring
 * of text[from, to). Tracks where each alignment starts, so the matched span
 * comes out directly. Prefers the fewest errors, then the shortest span (no
 * trailing space swallowed by a substitution).
 */
function bestAlignment(text: string, pattern: string, from: number, to: number): FuzzyMatch {
  const m = pattern.length;
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = from;
  }
  let best: FuzzyMatch = { start: from, end: from, errors: m };
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const diagonal = cost[i - 1]! + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const up = nextCost[i - 1]! + 1;
      const left = cost[i]! + 1;
      if (diagonal <= up && diagonal <= left) {
        nextCost[i] = diagonal;
        nextOrigin[i] = origin[i - 1]!;
      } else if (left <= up) {
        nextCost[i] = left;
        nextOrigin[i] = origin[i]!;
      } else {
        nextCost[i] = up;
        nextOrigin[i] = nextOrigin[i - 1]!;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const errors = cost[m]!;
    if (errors < best.errors || (errors === best.errors && j + 1 - origin[m]! < best.end - best.start)) {
      best = { start: origin[m]!, end: j + 1, errors };
    }
  }
  return best;
}
