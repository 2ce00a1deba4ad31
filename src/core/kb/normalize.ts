// One normal form for names, shared by the KB index and every lookup, so that
// "the Kremlin's", "Kremlin" and "KREMLIN" meet in the same bucket and
// "Zelenskyy", "Zelenskyy’s" and "Zélenskyy" do too.

/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin. */
const FOLD: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae',
  œ: 'oe', Œ: 'oe', ı: 'i', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd',
};
const FOLD_RE = /[øØłŁđĐßæÆœŒıþÞðÐ]/g;

/** Removes diacritics and folds special Latin letters: "Nicușor Đukanović" → "Nicusor Dukanovic". */
export function foldDiacritics(text: string): string {
  // Most names are plain ASCII: skip the costly decomposition for them.
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? ch);
}

/**
 * Normalised surface used as the index key: diacritics folded, lower case,
 * typographic apostrophes unified, hyphens and runs of spaces as one space,
 * dots dropped ("U.S." → "us"), a leading "the" and a trailing possessive
 * removed ("the Kremlin's" → "kremlin", "the Houthis'" → "houthis").
 */
/** Plain words with single spaces ("Kursk Oblast"): the usual name, which only needs lower-casing. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function normalizeSurface(text: string): string {
  if (PLAIN_WORDS.test(text)) {
    const lower = text.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  let s = foldDiacritics(text);
  // Typographic apostrophes and dashes only occur outside ASCII.
  if (!/^[\x20-\x7e]*$/.test(s)) s = s.replace(/[\u2018\u2019\u02BC\u00B4]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  s = s.replace(/`/g, "'").replace(/\./g, '').toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  if (s.endsWith("'s")) s = s.slice(0, -2);
  else if (s.endsWith("s'")) s = s.slice(0, -1);
  return s;
}

/**
 * Form for case-sensitive matching of abbreviations: dots and a leading
 * "the" dropped, case kept, so "the U.N." matches "UN" but "us" does not.
 */
export function abbreviationKey(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[Tt]he /, '')
    .replace(/'s$/, '');
}
