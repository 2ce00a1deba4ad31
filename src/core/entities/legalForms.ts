// Company names closed by a legal form: "Harbin Qiao Marine Equipment Co., Ltd.", "Anatolia Kimya
// Sanayi ve Ticaret A.Ş.", "Baltic Coast Trading FZCO", "SIBNEFTEKH LLC". The suffix makes the words
// before it one organisation, even where a stop ("Co., Ltd.") or a lower-case "and" of another
// language ("ve", "und") would end a capitalised run, and a place opening the name is its brand,
// not a place mention ("Ningbo" in "Ningbo Haixin Co., Ltd.").

import type { Scan } from './scan';
import type { Token } from './tokens';
import { FUNCTION_WORDS, MONTHS_AND_DAYS } from './commonWords';
import { isOfHead } from './scan';

/**
 * Legal forms as written (case matters: "AG" is a form, "Ag" is not; "plc" is written in lower
 * case too). Dot-free spellings stand for dotted ones ("Co." is the token "Co"); dotted acronyms
 * the tokeniser keeps whole ("S.A.", "A.Ş.") are listed as they are.
 */
const LEGAL_FORMS = new Set(['Co', 'Ltd', 'LTD', 'Limited', 'LLC', 'LLP', 'LP', 'Inc', 'INC', 'Corp', 'CORP', 'PLC', 'plc', 'Plc',
  'GmbH', 'AG', 'KG', 'SA', 'S.A.', 'SpA', 'SAS', 'S.A.S.', 'SARL', 'SRL', 'S.R.L.', 'NV', 'N.V.', 'BV', 'B.V.', 'A.Ş.', 'A.S.', 'AŞ',
  'AS', 'ASA', 'AB', 'Oy', 'Oyj', 'ApS', 'JSC', 'PJSC', 'OJSC', 'CJSC', 'OOO', 'OAO', 'ZAO', 'PAO', 'AO', 'FZE', 'FZCO', 'FZC',
  'DMCC', 'Pte', 'PTE', 'Pty', 'PTY', 'Bhd', 'BHD', 'Sdn', 'SDN', 'Tbk']);

/** "and" in the languages company names are registered in ("Sanayi ve Ticaret", "Müller und Söhne"). */
const FOREIGN_AND = new Set(['ve', 'und', 'et', 'y', 'e', 'i', 'og', 'och', 'en', 'es']);

/** What may stand between a name and its legal form, or between two forms: "Alpha Ltd", "Alpha, Inc.", "Co., Ltd.", "Pte. Ltd". */
const FORM_GAPS = new Set([' ', ', ', '. ', '., ', '-']);

/** How far past the name's first word a legal form is looked for (names are short; keeps the check cheap). */
const MAX_NAME_TOKENS = 10;

function isLegalForm(scan: Scan, j: number): boolean {
  const t = scan.tokens[j];
  if (!t || !LEGAL_FORMS.has(t.text) || t.possessive) return false;
  const prev = scan.tokens[j - 1] as Token;
  // "RUSSIA AS TALKS STALL": a two-letter form after a shouted word is more likely a word of the shout.
  if (t.text.length === 2 && prev.upper) return false;
  return FORM_GAPS.has(scan.text.slice(prev.end, t.start));
}

/**
 * Last token of a company name opening at `p` and closed by a legal form, or `p` when there is
 * none. The words before the form must hold one the KB does not read as a place: "the Ohio AG"
 * (an attorney general) and "Cape Town SA" are no companies.
 */
export function legalFormNameEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens } = scan;
  const t = tokens[p] as Token;
  // "On 10 October AO and I met": a month or a day before the form is a date, and the form someone's initials.
  if (!t.cap || FUNCTION_WORDS.has(t.key) || MONTHS_AND_DAYS.has(t.key) || LEGAL_FORMS.has(t.text)) return p;
  let end = p;
  let unknownWord = false;
  const limit = Math.min(tokens.length - 1, p + MAX_NAME_TOKENS);
  for (let j = p; j <= limit; j++) {
    if (j > p && isLegalForm(scan, j)) {
      if (!unknownWord) return p;
      end = j;
      continue;
    }
    // After a form only another form may follow ("Co., Ltd."); "Alpha Ltd Beta" ends at "Ltd".
    if (end > p) break;
    const w = tokens[j] as Token;
    const inRun = j <= runLast && (j === p || w.gap === 'space' || w.gap === 'hyphen');
    const beyond = j > runLast && w.gap === 'space' && (w.cap || (FOREIGN_AND.has(w.key) && tokens[j + 1]?.cap === true));
    // "Bank of Commerce Ltd", but not "Smith of Acme Ltd": "of" joins only after an organisation head.
    const joinsOf = w.cap || (w.key !== 'of' && w.key !== 'for') || isOfHead((tokens[j - 1] as Token).key);
    if ((!inRun && !beyond) || !joinsOf) break;
    const kb = scan.kbAt.get(j);
    if (kb && kb.entries.every((e) => e.entity.type === 'place')) j = kb.last;
    else if (w.cap) unknownWord = true;
  }
  return end;
}
