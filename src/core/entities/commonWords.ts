// Capitalised words that are not names: sentence starters, pronouns, calendar
// words, and generic nouns that open headings or sentences. A capitalised
// token whose lower-case form is listed here never starts an unknown name.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const MONTHS_AND_DAYS = set(`january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
  friday saturday sunday mon tue tues wed thu thurs fri sat sun`);

/** Words that never start a name, even before another capitalised word ("The UK", "However Kim"). */
export const FUNCTION_WORDS = set(`
  a an the this that these those there here it its it's he she they we i you his her their our my your
  him them us me who whom whose which what when where why how whoever whatever all any each every some
  no not none both either neither many much more most few several such other another same own
  and or but nor yet so for if then than because although though while whereas unless until since
  after before during following as at by from in into of on onto over under with within without
  about above across against along among around between beyond despite down inside like near off
  out outside past per through throughout to toward towards up upon via amid amongst
  is are was were be been being am do does did done has have had having will would shall should may
  might must can could ought let
  however meanwhile moreover furthermore nevertheless nonetheless therefore thus hence instead also
  still already again only just even ever never always often sometimes perhaps maybe indeed yes
  today tomorrow yesterday tonight now later earlier recently currently finally first firstly second
  secondly third thirdly last lastly next overall together altogether otherwise elsewhere further
  according regarding concerning including excluding given unlike whether whereby notably especially
  particularly meanwhile likewise similarly additionally separately elsewhere instead
`);

/** Content words that start sentences and headings; inside a run they may be part of a name ("New York"). */
const CONTENT_WORDS = set(`
  new old good great best better big small large long high low early late major minor key main
  important official officials government governments state states country countries city cities
  people news report reports update updates source sources note notes summary introduction background
  conclusion conclusions analysis statement statements press release page section chapter figure table
  read see click share contact home about photo image video subscribe follow related more
  breaking exclusive live opinion editorial comment comments watch listen sign log
  god allah eid ramadan christmas easter
  north south east west northern southern eastern western central
  once twice one two three four five six seven eight nine ten hundred thousand million billion
  eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
  sixty seventy eighty ninety dozen dozens hundreds thousands millions
  yesterday's today's
`);

/** A word that is not a name on its own: a function word, a calendar word or a common content word. */
export function isCommonWord(key: string): boolean {
  return FUNCTION_WORDS.has(key) || CONTENT_WORDS.has(key) || MONTHS_AND_DAYS.has(key);
}
