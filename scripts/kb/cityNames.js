// Which smaller places' names are too often something else to put in the
// gazetteer: everyday English words ("Temple", "Surprise") and given names
// ("Florence", "Marion"). Capitals and the largest places are kept anyway;
// this only filters the long tail added by population threshold.
const nlp = require('compromise');

/** Lexicon tags that mark a place; any other tag means an ordinary word or a person's name. */
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Town', 'Address']);

/** Words compromise does not list but that are ordinary English (or titles) in news copy. */
const STOPLIST = new Set(`
  independence concord providence temple eagle sale bath surprise deal bury wells hope march union
  liberty freedom victory unity progress harmony enterprise commerce industry pleasant prosperity
  mission pearl orange plain plains spring springs fountain garden gardens grove park ridge valley
  lake lakes beach bay harbour harbor port haven heights hills falls rapids mesa vista sierra
  mobile reading split nice mercedes corona bell bristol chester dover newcastle warren normal
  salt marshall palm palmdale sandy rialto ontario columbia florida carolina georgia dakota
  santa san saint st bar van mau man of the
  president general colonel captain major governor mayor minister bishop
  ocean sea river gulf mount mountain desert island islands coast border north south east west
  plantation homestead centennial shoreline paramount highland riverview flint hoover pontiac conway
  hawthorne caldwell crosby morley livingston hastings sutton stafford bedford naga puri bela guna
`.trim().split(/\s+/));

const lexicon = nlp.model().one.lexicon;

/** Lexicon tags of people's names: "Gao" is a Chinese family name as well as a city in Mali. */
const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person']);

/**
 * @param options.conflictSeat the place is a regional capital (GeoNames PPLA)
 *   in a country with recent fighting, which news from there names whatever
 *   else the word means: its three-letter name ("Gao", "Wau", "Yei") and a
 *   name that is also a person's name are kept. Elsewhere short names ("Man",
 *   "Ode") are too often words.
 */
function isEverydayWord(name, { conflictSeat = false } = {}) {
  const k = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  if (k.length < 3 || (k.length === 3 && !conflictSeat) || STOPLIST.has(k)) return true;
  const tags = lexicon[k];
  if (tags === undefined) return false;
  const list = Array.isArray(tags) ? tags : [tags];
  if (conflictSeat && list.every((t) => NAME_TAGS.has(t))) return false;
  return !list.some((t) => PLACE_TAGS.has(t));
}

module.exports = { isEverydayWord };
