// Words whose trailing dot does not end a sentence ("Mr. Kim", "Gen. Gerasimov",
// "Jan. 5", "No. 3"). Some only count as abbreviations before a number:
// "in January and Jan." is rare, but "the answer is No. Then…" is not.

const ALWAYS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'brig',
  'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'hon', 'st', 'mt', 'ft', 'jr', 'sr', 'messrs',
  'vs', 'e.g', 'i.e', 'cf', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'assn',
  'fig', 'vol', 'ch', 'sec', 'art', 'para', 'pp', 'ca', 'al',
]);

/** Abbreviations that only hold before a number: "No. 3", "Jan. 5", "p. 12". */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'p', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export function isAbbreviation(word: string, numberFollows: boolean): boolean {
  const w = word.toLowerCase();
  if (ALWAYS.has(w)) return true;
  return numberFollows && BEFORE_NUMBER.has(w);
}
