// Authors in author-date citations: "(Kagan, 2019; Vainikka and Ostrowski, 2023)",
// "Smith et al. (2021) argue", "Okafor, Brandt and Salazar (2022) show", "(cf.
// Zielińska, 2020)". The surnames are people, though nothing else marks them; an
// organisation cited the same way ("(Pew Research Center, 2024)") keeps the type
// its head word gives it, as the caller checks heads first.

import type { Token } from './tokens';

// After the name: more authors (", Brandt and Salazar"), "et al.", then the year.
const CO_AUTHORS = String.raw`(?:(?:,| and| &) \p{Lu}[\p{L}\p{M}'’-]+){0,4}`;
const YEAR = String.raw`(?:1[89]|20)\d\d[a-z]?`;
/** "…, 2019;" / "…, 2019)" / "… et al., 2021, p. 4)": the year inside the citation's bracket. */
const BRACKETED_YEAR = new RegExp(`${CO_AUTHORS}(?: et al\\.)?, ${YEAR}(?:[;)]|, pp?\\.)`, 'uy');
/** "… et al. (2021)" / "… (2022) show": the year in its own bracket after the names. */
const YEAR_IN_BRACKETS = new RegExp(`${CO_AUTHORS}( et al\\.)? \\(${YEAR}\\) ?(\\p{Ll}+)?`, 'uy');
const ET_AL = / et al\./y;

/** Verbs a cited work does ("Smith (2021) argues"): without "et al." they tell a citation from "Kenya (2022)". */
const CITING_VERBS = new Set(`argue argues argued show shows showed shown find finds found suggest suggests suggested
  note notes noted report reports reported claim claims claimed conclude concludes concluded estimate estimates
  estimated observe observes observed propose proposes proposed document documents documented describe describes
  described write writes wrote identify identifies identified demonstrate demonstrates demonstrated`.split(/\s+/));

/** Is there an open bracket before `start` on its line that no bracket closes before it? */
function insideBracket(text: string, start: number): boolean {
  const open = text.lastIndexOf('(', start);
  return open >= 0 && start - open <= 160 && text.lastIndexOf(')', start) < open && text.lastIndexOf('\n', start) < open;
}

/** Is the capitalised segment [first, last] an author of an author-date citation? */
export function isCitedAuthor(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const end = (tokens[last] as Token).end;
  // Most names are followed by none of these: one character decides.
  const c = text.charCodeAt(end);
  if (c !== 44 && c !== 32) return false;
  ET_AL.lastIndex = end;
  if (ET_AL.test(text)) return true;
  BRACKETED_YEAR.lastIndex = end;
  if (BRACKETED_YEAR.test(text)) return insideBracket(text, (tokens[first] as Token).start);
  YEAR_IN_BRACKETS.lastIndex = end;
  const m = YEAR_IN_BRACKETS.exec(text);
  return m !== null && (m[1] !== undefined || CITING_VERBS.has(m[2] ?? ''));
}
