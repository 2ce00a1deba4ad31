// Role titles as a reader needs them: the Factbook writes "President" for
// Macron's role in France and in Andorra alike, curated files "Secretary of
// State" for an office of the US State Department. The KB stores the title
// with its place ("President of France", "Secretary of State of the United
// States") unless the title already names one ("Mayor of Moscow", "President
// of China" for Hong Kong, "Foreign Minister of Japan").

const PLACE_KINDS = new Set(['country', 'territory']);
/** Offices that need no place: "Pope", not "Pope of the Vatican City". */
const UNIQUE_OFFICES = new Set(['Pope']);
/** Names written with "the": "of the United States", "of the Gambia". */
const WITH_ARTICLE = /^(United |Republic |Democratic Republic |Central African |Dominican |Czech |Holy |Isle of |Gaza |West Bank)|( Islands| Emirates| States| Kingdom| Republic)$|^(Bahamas|Gambia|Netherlands|Philippines|Maldives|Comoros|Seychelles|Vatican City)$/;

/** "United States" → "the United States", "France" → "France". */
function placePhrase(label) {
  return WITH_ARTICLE.test(label) ? `the ${label}` : label;
}

/** `name` occurs in `text` as whole words, case ignored ("US" in "US Secretary", not in "Russia"). */
function mentions(text, name) {
  const hay = text.toLowerCase();
  const needle = name.toLowerCase();
  if (!needle) return false;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!/\p{L}/u.test(hay.charAt(at - 1)) && !/\p{L}/u.test(hay.charAt(at + needle.length))) return true;
  }
  return false;
}

const namesOf = (e) => [e.label, ...e.names.map((n) => n.text)];

/**
 * @param places every country and territory entity (a title naming any of them is left alone)
 * @returns (title, refEntity) → the title with its place
 */
function makeTitleQualifier(places, byId) {
  const placeNames = places.flatMap((p) => [p.label, ...p.names.filter((n) => n.kind !== 'demonym' && n.kind !== 'metonym').map((n) => n.text)]).filter((n) => n.length > 3);
  return (title, ref) => {
    if (!ref || UNIQUE_OFFICES.has(title)) return title;
    const place = PLACE_KINDS.has(ref.kind) ? ref : ref.country ? byId.get(ref.country) : undefined;
    if (!place || !PLACE_KINDS.has(place.kind)) return title;
    // Already names the office's body ("Director of the FSB") or its place, by name, demonym or capital ("Kremlin press secretary").
    if ([...namesOf(ref), ...namesOf(place)].some((n) => mentions(title, n))) return title;
    if (placeNames.some((n) => mentions(title, n))) return title;
    return `${title} of ${placePhrase(place.label)}`;
  };
}

/**
 * Gives every role of a person its place. The Factbook lists the head of
 * state of a country for its territories too, from the same day: Macron is
 * "President" of Saint Barthélemy, Trump of Guam, Charles III "Lord of Mann". Such a role reads
 * "Head of state of Guam" with the note "as President of the United States".
 */
function qualifyRoles(person, byId, qualify) {
  const roles = person.facts.filter((f) => f.property === 'role');
  const sovereign = roles
    .filter((f) => f.note === 'head of state' && byId.get(f.ref)?.kind === 'country')
    .sort((a, b) => (b.ref === person.country) - (a.ref === person.country));
  const inherited = new Map();
  for (const f of roles) {
    const ref = byId.get(f.ref);
    const over = f.note === 'head of state' && ref?.kind === 'territory' ? sovereign.find((s) => s.start === f.start) : undefined;
    if (over) inherited.set(f, over);
  }
  const titles = new Map(roles.map((f) => [f, qualify(f.value, byId.get(f.ref))]));
  for (const f of roles) {
    const over = inherited.get(f);
    if (over) {
      f.value = `Head of state of ${placePhrase(byId.get(f.ref).label)}`;
      f.note = `as ${titles.get(over)}`;
    } else f.value = titles.get(f);
  }
}

module.exports = { makeTitleQualifier, qualifyRoles };
