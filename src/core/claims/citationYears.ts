// Years of author-date citations state no date: they name a work
// ("(Kagan, 2019; Vainikka and Ostrowski, 2023)", "Smith et al. (2021) argue",
// "Okafor and Brandt (2022) show", "(Pew Research Center, 2024)").

import { isYear } from './dates';
import { glued, type Token } from './tokens';

/** Verbs a cited work does ("Smith (2021) argues"): without "et al." they tell a citation from "Kenya (2022)". */
const CITING_VERBS = new Set(`argue argues argued show shows showed shown find finds found suggest suggests suggested
  note notes noted report reports reported claim claims claimed conclude concludes concluded estimate estimates
  estimated observe observes observed propose proposes proposed document documents documented describe describes
  described write writes wrote identify identifies identified demonstrate demonstrates demonstrated`.split(/\s+/));

const isCapitalWord = (t: Token | undefined): boolean => t?.type === 'word' && t.text[0] !== t.lower[0];

/** "… et al." ending at token `i` (its dot)? */
const endsEtAl = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === '.' && tokens[i - 1]?.lower === 'al' && tokens[i - 2]?.lower === 'et';

/** Lower-case words and marks a citation holds besides names and years ("and", "et al.", "cf.", "see also"). */
const CITATION_WORDS = new Set(['and', '&', 'et', 'al', '.', ',', ';', 'cf', 'see', 'also', 'e', 'g', 'eg']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december']);

/**
 * Does a bracket open before token `i` with only names, earlier citations and citation words
 * between ("(cf. Zielińska, 2020", "(Kagan, 2019; Vainikka and Ostrowski, 2023")? Prose inside
 * ("(in Paris, 2019)") or a month ("(March, 2024)") makes it no citation.
 */
function opensCitation(tokens: readonly Token[], i: number): boolean {
  if (MONTHS.has(tokens[i]?.lower ?? '')) return false;
  for (let j = i - 1; j >= 0 && j >= i - 24; j--) {
    const t = tokens[j] as Token;
    if (t.text === '(') return true;
    if (t.lineStart || !(isCapitalWord(t) || CITATION_WORDS.has(t.lower) || isYear(t))) return false;
  }
  return false;
}

/** Index of the last token of a citation year at `i` ("2019", "2019a"), or of its closing bracket ("Smith et al. (2021)"), or -1. */
export function citationYearEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (!isYear(t)) return -1;
  const letter = tokens[i + 1];
  const end = letter?.type === 'word' && letter.text.length === 1 && glued(t, letter) && letter.text !== letter.text.toUpperCase() ? i + 1 : i;
  const prev = tokens[i - 1];
  const after = tokens[end + 1];
  // "(Kagan, 2019;", "(Bundeswehr, 2024)", "(Smith et al., 2021, p. 4)".
  if (prev?.text === ',' && (isCapitalWord(tokens[i - 2]) || endsEtAl(tokens, i - 2))) {
    const closes = after?.text === ';' || after?.text === ')' || (after?.text === ',' && /^pp?$/.test(tokens[end + 2]?.lower ?? ''));
    return closes && opensCitation(tokens, i - 2) ? end : -1;
  }
  // "Smith et al. (2021)", "Okafor and Brandt (2022) show".
  if (prev?.text === '(' && after?.text === ')') {
    const cited = endsEtAl(tokens, i - 2) || (isCapitalWord(tokens[i - 2]) && CITING_VERBS.has(tokens[end + 2]?.lower ?? ''));
    return cited ? end + 1 : -1;
  }
  return -1;
}
