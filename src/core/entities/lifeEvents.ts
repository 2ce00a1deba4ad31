// Verbs only people do, after a name that is their subject: "Tobek Marandu
// took power in 1980", "Sefu Olamide was sworn in", "Kaveri Nandakumar, elected
// in 2013, served as president", "Ilse Varga married …". A person-shaped name
// with one of these is a person whatever its words (the shape check is the
// caller's: "the Labour Party was elected" has an organisation head).

import type { Token } from './tokens';
import { PERSON_ROLE_HEADS, TITLE_HEADS } from './cueWords';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Past tenses whose subject is a person ("Ana Berg resigned", "… abdicated in 1936"). */
const PERSONAL_VERBS = set('died resigned abdicated married divorced retired emigrated defected');

/** Participles of a person's life after "was"/"had been", or in apposition after a comma ("…, born in 1950,"). */
const LIFE_PARTICIPLES = set(`born elected re-elected reelected sworn exiled assassinated crowned inaugurated knighted
  ousted deposed widowed baptised baptized educated imprisoned`);

const AUXILIARIES = set('was is had has');

/** Verbs that take power or office ("took power", "seized power", "assumed office"). */
const TAKING_VERBS = set('took seized assumed grabbed');
/** Verbs that come to power ("came to power", "rose to power", "returned to power"). */
const COMING_VERBS = set('came rose returned');
const POWER_NOUNS = set('power office');

/** Words "served as" may run over before its role ("served as the country's first prime minister"). */
const MAX_ROLE_WORDS = 5;

const isRole = (t: Token): boolean => TITLE_HEADS.has(t.key) || PERSON_ROLE_HEADS.has(t.key);

/** "served as president", "served as the country's first prime minister". */
function servedAsRole(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.key !== 'served' || tokens[j + 1]?.key !== 'as') return false;
  for (let k = j + 2; k < tokens.length && k <= j + 1 + MAX_ROLE_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.gap === 'break') return false;
    if (isRole(t)) return true;
  }
  return false;
}

/** Does a verb phrase of a person's life or power start at token `j`? */
function lifeVerbAt(tokens: readonly Token[], j: number): boolean {
  const verb = tokens[j];
  if (verb === undefined || verb.cap || verb.gap !== 'space') return false;
  if (PERSONAL_VERBS.has(verb.key) || servedAsRole(tokens, j)) return true;
  const next = tokens[j + 1];
  if (next === undefined || next.gap !== 'space') return false;
  if (AUXILIARIES.has(verb.key)) {
    // "was born", "had been elected".
    const participle = next.key === 'been' ? tokens[j + 2] : next;
    return participle !== undefined && participle.gap === 'space' && LIFE_PARTICIPLES.has(participle.key);
  }
  if (TAKING_VERBS.has(verb.key)) return POWER_NOUNS.has(next.key);
  return COMING_VERBS.has(verb.key) && next.key === 'to' && tokens[j + 2]?.key === 'power';
}

/**
 * Is the name ending at `last` the subject of a person's life verb: right after it ("Tobek Marandu
 * took power"), or a participle in apposition after a comma ("Kaveri Nandakumar, elected in 2013,")?
 */
export function actsAsPerson(text: string, tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  if (after === undefined || (tokens[last] as Token).possessive) return false;
  if (after.gap === 'space') return lifeVerbAt(tokens, last + 1);
  const comma = after.gap === 'break' && text.slice((tokens[last] as Token).end, after.start).trim() === ',';
  return comma && !after.cap && LIFE_PARTICIPLES.has(after.key);
}
