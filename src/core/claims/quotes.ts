// Quotations and their speakers. A claim inside a quote belongs to whoever
// speaks it, named before the quote (`General Grey said: "…`) or after it
// (`…," the air force said`) — sometimes sentences later: in `"We destroyed
// 20 drones. We will destroy more," the air force said.` the claim's own
// sentence names nobody. `QuoteTracker` carries an open quote from sentence
// to sentence within one detection call (one paragraph in the analyser).

import type { TextSpan } from '../model/analysis';
import type { Attribution } from './attribution';
import type { ClaimTokens } from './attributionScope';
import type { Token } from './tokens';

export interface QuoteMark {
  readonly index: number;
  readonly open: boolean;
}

/** Punctuation that ends the quoted words right before a closing mark: `drones,”`, `more?’`. */
export const QUOTE_ENDINGS: ReadonlySet<string> = new Set([',', '.', '?', '!', '\u2026']);

/** Marks that may open a quote: `“`, `‘` and a straight `"`. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u2018']);

/** Marks that may close a quote: `”`, a straight `"`, and `’` or `'` (after punctuation; elsewhere an apostrophe). */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201d', '\u2019', "'"]);

/** Double quote marks, never apostrophes: an aside holding one is a quote, not an aside. */
export const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

/**
 * Opening and closing quote marks. Curly double quotes say which they are;
 * a straight `"` opens when glued to the word after it and closes when glued
 * to what is before; a single `’` or `'` closes only after punctuation
 * (`drones,’`), since elsewhere it is an apostrophe ("Ukraine’s").
 */
export function quoteMarks(tokens: readonly Token[]): QuoteMark[] {
  const out: QuoteMark[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'punct') continue;
    const c = t.text;
    if (c === '\u201c' || c === '\u2018') out.push({ index: i, open: true });
    else if (c === '\u201d') out.push({ index: i, open: false });
    else if (c === '"' || c === "'" || c === '\u2019') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const toPrev = prev !== undefined && prev.end === t.start;
      const toNext = next !== undefined && next.start === t.end;
      if (toPrev && (QUOTE_ENDINGS.has(prev.text) || (c === '"' && !toNext))) out.push({ index: i, open: false });
      else if (toNext && !toPrev && (c === '"' || next.text[0] !== next.lower[0])) out.push({ index: i, open: true });
    }
  }
  return out;
}

/** How a claim stands in a quote: its speaker if named, and whether the quote runs on past the sentence. */
export interface Quoted {
  readonly speaker: TextSpan | null;
  readonly open: boolean;
}

/** A stretch of quoted tokens: `from`/`to` are the quote marks (-1: opened in an earlier sentence; tokens.length: still open). */
interface Segment {
  readonly from: number;
  readonly to: number;
  readonly speaker: TextSpan | null;
}

/** Quoted claims are kept at most this many sentences waiting for a speaker named after the quote. */
const MAX_QUOTED_SENTENCES = 6;

export class QuoteTracker {
  private open = false;
  private speaker: TextSpan | null = null;
  /** Indexes (in the caller's output) of quoted claims still waiting for a speaker. */
  private pending: number[] = [];
  private age = 0;
  /**
   * Speaker of the quote the previous sentence closed: `"We won," he said.
   * "We took 20 villages."` — a quote opening the next sentence goes on.
   */
  private previous: TextSpan | null = null;

  /** Is this sentence's quoting worth reading: an open quote, or marks? */
  matters(marks: readonly QuoteMark[]): boolean {
    return this.open || marks.length > 0;
  }

  /**
   * Read one sentence: for each claim, whether it stands in a quote, and its
   * speaker when one is named; calls `resolve` for earlier quoted claims
   * whose speaker this sentence names after the closing mark.
   */
  sentence(
    tokens: readonly Token[],
    marks: readonly QuoteMark[],
    attributions: readonly Attribution[],
    claims: readonly ClaimTokens[],
    resolve: (index: number, speaker: TextSpan) => void,
  ): Array<Quoted | undefined> {
    const segments = this.segments(tokens, marks, attributions);
    const carried = segments[0]?.from === -1 ? segments[0] : undefined;
    if (carried !== undefined && carried.to < tokens.length) {
      if (carried.speaker !== null) for (const index of this.pending) resolve(index, carried.speaker);
      this.pending = [];
    }
    const last = segments[segments.length - 1];
    const stillOpen = last !== undefined && last.to === tokens.length;
    // Claims and segments are both in order: one forward pass.
    let g = 0;
    const out = claims.map((c): Quoted | undefined => {
      while (g < segments.length && (segments[g] as Segment).to <= c.first) g++;
      const s = segments[g];
      return s !== undefined && s.from < c.first && c.last < s.to ? { speaker: s.speaker, open: s === last && stillOpen } : undefined;
    });
    this.previous = last !== undefined && !stillOpen ? last.speaker : null;
    this.age = stillOpen && last.from === -1 ? this.age + 1 : 0;
    if (!stillOpen || this.age > MAX_QUOTED_SENTENCES) {
      this.reset();
    } else {
      this.open = true;
      if (last.from >= 0) {
        this.speaker = last.speaker;
        this.pending = [];
      }
    }
    return out;
  }

  /** Claim `index` (in the caller's output) stands in the open quote, whose speaker is not named yet. */
  wait(index: number): void {
    if (this.open) this.pending.push(index);
  }

  /** A sentence without quote marks outside any quote: it ends a run of quotes by one speaker. */
  skip(): void {
    this.previous = null;
  }

  private reset(): void {
    this.open = false;
    this.speaker = null;
    this.pending = [];
    this.age = 0;
  }

  private segments(tokens: readonly Token[], marks: readonly QuoteMark[], attributions: readonly Attribution[]): Segment[] {
    const out: Segment[] = [];
    let from: number | null = this.open ? -1 : null;
    for (const m of marks) {
      if (m.open && from === null) from = m.index;
      else if (!m.open && from !== null) {
        out.push({ from, to: m.index, speaker: this.speakerOf(tokens, from, m.index, attributions) });
        from = null;
      }
    }
    if (from !== null) out.push({ from, to: tokens.length, speaker: this.speakerOf(tokens, from, tokens.length, attributions) });
    return out;
  }

  /** The source right after the closing mark (`," he said`, `', he said`) or right before the opening one (`said: "`). */
  private speakerOf(tokens: readonly Token[], from: number, to: number, attributions: readonly Attribution[]): TextSpan | null {
    const comma = tokens[to + 1]?.text === ',';
    const after = to < tokens.length ? attributions.find((a) => a.first === to + 1 || (comma && a.first === to + 2)) : undefined;
    if (after !== undefined) return after.span;
    if (from === -1) return this.speaker;
    const lead = tokens[from - 1]?.text ?? '';
    const before = attributions.find((a) => a.last === from - 1 || (a.last === from - 2 && (lead === ':' || lead === ',')));
    return before?.span ?? (from === 0 ? this.previous : null);
  }
}
