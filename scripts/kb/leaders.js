// Parses the Factbook's "chief of state" / "head of government" strings, e.g.
//   "President Vladimir Vladimirovich PUTIN (since 7 May 2012)"
//   "State Affairs Commission President KIM Jong Un (since 17 December 2011)"
// The Factbook writes surnames in capitals, which gives us the surname and
// the name order (East Asian "KIM Jong Un" vs Western "Keir STARMER").
const { stripHtml, parseFactbookDate } = require('./text');

const TITLE_WORDS = new Set([
  'President', 'Prime', 'Minister', 'Premier', 'Chancellor', 'King', 'Queen', 'Emperor', 'Sultan', 'Amir', 'Emir',
  'Prince', 'Crown', 'Co-prince', 'Grand', 'Duke', 'Pope', 'Supreme', 'Leader', 'Chairman', 'Chairperson', 'Chair',
  'Governor', 'General', 'Governor-General', 'Vice', 'Co-Vice', 'Acting', 'Interim', 'Transition', 'Transitional', 'Caretaker',
  'Chief', 'Executive', 'Administrator', 'Secretary', 'State', 'Council', 'Commission', 'Assembly', "People's", 'Affairs',
  'Sovereign', 'Presidential', 'Leadership', 'Taliban', 'Sir', 'Dame', 'Lord', 'of', 'the', 'and', 'for', 'Mayor', 'Commander-in-Chief',
  'Armed', 'Forces', 'Captains', 'Regent', 'Taoiseach', 'Lieutenant', 'Lieutenant-Governor', 'Ratu', 'Foreign', 'Cabinet', 'Ministers',
  'Government', 'Spain', 'Sudanese', 'Swiss', 'Confederation', 'China', 'Territorial', 'Superior', 'Prefect', 'Commissioner',
  'High', 'Republic', 'Island', 'Overall', 'overall', 'Presidency', 'Co-chiefs', 'National', 'Safeguard', 'Homeland', 'French', 'Polynesia',
  'Mann', 'Air', 'Vice-Marshal', 'Bailiff', 'Captain', 'Wing', 'Dr', 'Dr.', 'Gen.', 'Col.', 'Capt.', 'Sr.', 'Gen', 'Col', 'Capt', 'Sr',
]);
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'ibni', 'bint', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'e', 'i', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y', 'ad', 'as', 'ould', 'bte']);
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$/;

/**
 * Ranks and honorifics written before a name belong to the person, not the
 * office: "President of the National Council for the Safeguard of the
 * Homeland General", "Premier Dr.", "Sultan and Prime Minister Sir".
 */
const HONORIFIC_TAIL = /(?:\s+(?:Sr\.|Gen\.|Col\.|Capt\.|Dr\.|Sir|Dame|Ratu|Air Vice-Marshal|Crown Prince|King|Sultan)|(?<!Secretary|Director|Governor|Attorney)\s+General)$/;
/** Factbook titles that read as abbreviations or fragments. */
const TITLE_FIXES = {
  'CNSP Prime Minister': 'Prime Minister',
  'President Presidential Council': 'Chairman of the Presidential Council',
  'GNU Interim Prime Minister': 'Prime Minister of the Government of National Unity',
  'overall Taliban Leader': 'Taliban Leader',
};

/** "Interim President Gen." → "Interim President"; "King" stays "King". */
function cleanTitle(title) {
  let t = title;
  for (let m = HONORIFIC_TAIL.exec(t); m && m.index > 0; m = HONORIFIC_TAIL.exec(t)) t = t.slice(0, m.index);
  return TITLE_FIXES[t] ?? t;
}

/** A token whose main part is written in capitals: "PUTIN", "al-BURHAN", "Hoseini-KHAMENEI", "SASSOU-Nguesso". */
function isCaps(token) {
  const t = token.replace(/[,.;:]+$/, '');
  return t.split(/[-']/).some((part) => part.length >= 2 && /^[\p{Lu}]+$/u.test(part));
}

function isGivenName(token) {
  const t = token.replace(/,$/, '');
  if (TITLE_WORDS.has(t)) return false;
  if (/^(\p{Lu}\.)+$/u.test(t)) return true; // initials, "J.", "J.M."
  if (/^[a-z]{1,3}[-'’]\p{L}/u.test(t)) return true; // "al-Aziz", "d'Oliveira"
  if (t.endsWith('.')) return false; // "Gen.", "Dr."
  return /^\p{Lu}[\p{Ll}'’\-\p{Lu}]*$/u.test(t) || PARTICLES.has(t);
}

/** "VAN DER BELLEN" → "Van der Bellen", "al-BURHAN" → "al-Burhan", "CHARLES III" → "Charles III". */
function titleCaseRun(tokens) {
  return tokens
    .map((tok, i) => {
      if (i > 0 && ROMAN.test(tok)) return tok;
      if (i > 0 && PARTICLES.has(tok.toLowerCase())) return tok.toLowerCase();
      return tok
        .split(/([-'’])/)
        .map((part) => (/^\p{Lu}{2,}$/u.test(part) ? part[0] + part.slice(1).toLowerCase() : part))
        .join('');
    })
    .join(' ');
}

/**
 * Parses one leader string. Returns null for vacancies and texts without a
 * recognisable name; the corrections file covers those that matter.
 * @returns {{ title: string, name: string, surname: string | null, since: string | null, nameOnly: boolean } | null}
 */
function parseLeader(raw) {
  if (!raw) return null;
  let text = stripHtml(raw);
  // Only the office holder: drop representatives, notes and later persons.
  text = text.split(/;|, represented by| represented by/)[0];
  const sinceMatch = /\((?:since |[^)]*since )?(\d{1,2} [A-Za-z]+\.? \d{4}|[A-Za-z]+ \d{4}|\d{4})[^)]*\)/.exec(text);
  const since = sinceMatch ? parseFactbookDate(sinceMatch[1]) : null;
  const head = (sinceMatch ? text.slice(0, sinceMatch.index) : text).replace(/\([^)]*\)/g, ' ').replace(/"[^"]*"/g, ' ').trim();
  if (/vacant/i.test(head)) return null;
  const tokens = head.split(/\s+/).filter(Boolean);
  let runEnd = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    // A Roman numeral after a capitalised name is regnal ("CHARLES III"); alone it is a name ("XI Jinping").
    const regnal = ROMAN.test(tokens[i].replace(/,$/, '')) && i > 0 && isCaps(tokens[i - 1]);
    if (isCaps(tokens[i]) && !regnal) {
      runEnd = i;
      break;
    }
  }
  if (runEnd < 0) return null;
  let runStart = runEnd;
  while (runStart > 0 && (isCaps(tokens[runStart - 1]) || (PARTICLES.has(tokens[runStart - 1]) && runStart - 2 >= 0 && isCaps(tokens[runStart - 2])))) runStart--;
  let end = runEnd + 1;
  while (end < tokens.length && (ROMAN.test(tokens[end].replace(/,$/, '')) || /^Jr\.?$/.test(tokens[end]))) end++;
  const after = [];
  while (end < tokens.length && isGivenName(tokens[end]) && !tokens[end - 1].endsWith(',')) after.push(tokens[end++]);
  let givenStart = runStart;
  while (givenStart > 0 && isGivenName(tokens[givenStart - 1]) && !TITLE_WORDS.has(tokens[givenStart - 1])) givenStart--;
  // A lone particle cannot start a name ("of the Netherlands" cases).
  while (givenStart < runStart && PARTICLES.has(tokens[givenStart])) givenStart++;
  const given = tokens.slice(givenStart, runStart);
  const runTokens = tokens.slice(runStart, runEnd + 1).map((t) => t.replace(/,$/, ''));
  const trailing = tokens.slice(runEnd + 1, end).filter((t) => ROMAN.test(t.replace(/,$/, '')) || /^Jr/.test(t));
  const run = titleCaseRun([...runTokens, ...trailing.map((t) => t.replace(/,$/, ''))]);
  const isRegnal = trailing.some((t) => ROMAN.test(t.replace(/,$/, '')));
  const name = [...given, run, ...after].join(' ').replace(/\s+,/g, ',').replace(/,$/, '').trim();
  const title = cleanTitle(tokens.slice(0, givenStart).join(' ').replace(/,/g, '').trim());
  const surname = isRegnal || (given.length === 0 && after.length === 0) ? null : titleCaseRun(runTokens);
  return { title, name, surname, since, nameOnly: given.length === 0 && after.length === 0 };
}

module.exports = { parseLeader, cleanTitle };
