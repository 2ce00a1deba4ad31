// Abbreviations inside the reference codes of documents are no mentions:
// "Council Decision 2014/512/CFSP", "EUCO 12/25", "Regulation (EU) 2025/1106",
// "Council Regulation (EU) No 833/2014". The issuer's letters there number a
// document; the name rules skip them like currency markers. So do Roman
// numerals numbering a heading ("VI. COMPETITIVENESS", not the Virgin Islands),
// and a reference noun before its number ("Phase 4", "Stage 2", "Tier 1").

import type { Token } from './tokens';

/** Words naming a legal act or a document that a reference code follows. */
const DOCUMENT_HEADS = new Set(['regulation', 'regulations', 'decision', 'decisions', 'directive', 'directives',
  'resolution', 'resolutions', 'conclusions', 'implementing', 'delegated']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Nouns that number a step, a rank or a part of a text ("Phase 4 (Emergency)", "Level 3", "Chapter 2").
 * Not nouns that number a site ("Camp 14", "Hill 60", "Zone 3"), which can be places.
 */
const NUMBERED_REFERENCE_NOUNS = new Set(['phase', 'phases', 'stage', 'stages', 'level', 'levels', 'tier', 'tiers', 'step',
  'grade', 'category', 'class', 'round', 'chapter', 'section', 'article', 'annex', 'appendix', 'part', 'paragraph', 'table',
  'figure', 'page', 'item', 'version', 'schedule']);

/** "are in Phase 4", "moved to Stage 2": a reference noun alone before a number names no place or body. */
export function isNumberedReference(tokens: readonly Token[], i: number, runLast: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return i === runLast && NUMBERED_REFERENCE_NOUNS.has(t.key) && next !== undefined && next.gap === 'space' && isDigit(next.text.charCodeAt(0));
}

/** "JMIC/INC/041-25": more slash-joined abbreviations, then the number. */
const SLASHED_NUMBER_AFTER = /^\/(?:[A-Z]{1,8}\/){0,3}\d/;

/** "EUCO 12/25": a number with a slash after the abbreviation. */
const NUMBER_WITH_SLASH = /^ \d{1,4}\/\d{1,4}/;

// "(EU) No 833/2014", "(EU) 2025/1106": the bracket closes and a number (or "No") follows.
const NUMBER_AFTER_BRACKET = /^\)\s*(?:No\.?\s*)?\d/;

/** Is the all-caps token `i` part of a document's reference code? */
export function isDocumentCode(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!t.upper) return false;
  // "2014/512/CFSP", "JMIC/INC/041-25": glued by a slash to a number.
  if (text.charCodeAt(t.start - 1) === 47 && isDigit(text.charCodeAt(t.start - 2))) return true;
  if (text.charCodeAt(t.end) === 47 && SLASHED_NUMBER_AFTER.test(text.slice(t.end, t.end + 24))) return true;
  const after = text.charCodeAt(t.end);
  if (after === 32 && isDigit(text.charCodeAt(t.end + 1)) && NUMBER_WITH_SLASH.test(text.slice(t.end, t.end + 11))) return true;
  if (after !== 41 || text.charCodeAt(t.start - 1) !== 40) return false;
  const head = tokens[i - 1];
  return head !== undefined && DOCUMENT_HEADS.has(head.key) && NUMBER_AFTER_BRACKET.test(text.slice(t.end, t.end + 8));
}

const ROMAN = /^[IVXL]{1,6}$/;

/** "VI. COMPETITIVENESS AND CLIMATE", "IV) Findings": a Roman numeral opening a line before "." or ")". */
export function isSectionNumber(text: string, t: Token): boolean {
  if (!ROMAN.test(t.text)) return false;
  const after = text.charCodeAt(t.end);
  if (after !== 46 && after !== 41) return false;
  for (let i = t.start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
