// First-level administrative divisions (provinces, oblasts, governorates,
// states) from the Factbook's "Administrative divisions" lists, for the
// countries analysts write most about (corrections.json: divisions.countries).
// Each becomes a region with the names analysts use: "Anbar", "Al Anbar
// Governorate", "Anbar province"; "Kharkiv Oblast", "Kharkiv region". A bare
// name that is also a city of the same country ("Kursk") is left to the city.
const { FACTBOOK_AS_OF, SOURCES } = require('./constants');
const { stripHtml, slug } = require('./text');

/** Removes parenthetical groups, innermost first, that are notes rather than alternative names. */
function dropNoteParens(s) {
  let prev;
  do {
    prev = s;
    s = s.replace(/\(([^()]*)\)/g, (m, inner) => (/^[\p{Lu}'][^,;]*$/u.test(inner.trim()) && !/^(Arabic|Kurdish|English|French)$/.test(inner.trim()) ? `{${inner}}` : ''));
  } while (s !== prev);
  return s.replace(/\{([^{}]*)\}/g, '($1)');
}

const GENERIC = new Set(['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Capital', 'North', 'South', 'East', 'West', 'Coast', 'Lakes', 'Islands', 'Federal']);
const ARTICLE = /^(Al|Ad|An|Ar|As|At|Az|Ash|Adh|Ath|Ad Dali|El) (?=\p{Lu})/u;

function singular(word) {
  const w = word.toLowerCase();
  const s = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w;
  return s.replace(/\b\w/g, (c) => c.toUpperCase());
}

/** @returns {{ type: string, items: { name: string, alts: string[] }[] }} */
function parseDivisions(raw) {
  const text = dropNoteParens(stripHtml(raw).replace(/\*/g, ''));
  const type = /^\s*\d+\s+([a-z -]+?)\s*(?:[(,;]|and\b)/.exec(text)?.[1]?.trim() ?? 'division';
  // Body: in sectioned lists from the first "kind:" header on, else after the first ';'.
  const header = /\s[a-z][a-z ]{2,40}:\s/.exec(text);
  const body = header ? text.slice(header.index) : text.includes(';') ? text.slice(text.indexOf(';') + 1) : text;
  const items = [];
  const seen = new Set();
  for (let part of body.split(/[;,]|\s[a-z][a-z ]{2,40}:\s/)) {
    part = part.replace(/^[\s']+|[\s]+$/g, '').replace(/^[a-z][a-z ]*:\s*/, '');
    if (!part || /\d/.test(part) || !/^\p{Lu}/u.test(part) || part.length > 40) continue;
    const alts = [];
    let name = part.replace(/\(([^)]*)\)/g, (_, a) => {
      alts.push(a.trim());
      return '';
    }).trim();
    const or = name.split(/\s+or\s+/);
    name = or[0].trim();
    alts.push(...or.slice(1).map((s) => s.trim()));
    if (!/^\p{Lu}[\p{L}'’ .-]+$/u.test(name) || seen.has(name)) continue;
    seen.add(name);
    items.push({ name, alts: alts.filter((a) => /^\p{Lu}[\p{L}'’ .-]+$/u.test(a)) });
  }
  return { type, items };
}

/**
 * @param profiles Factbook profiles; places: result of buildCountries; cities: city entities
 * @param reserved normalised names already used by curated regions ("kursk oblast")
 */
function buildDivisions(profiles, places, cities, config, reserved, addName, norm) {
  const wanted = new Set(config.countries);
  const cityNames = new Map();
  for (const c of cities) {
    const set = cityNames.get(c.country) ?? new Set();
    set.add(norm(c.label));
    for (const n of c.names) set.add(norm(n.text));
    cityNames.set(c.country, set);
  }
  const out = [];
  const ids = new Set();
  for (const p of profiles) {
    const country = places.byFactbook.get(p.code);
    if (!country || !wanted.has(country._iso)) continue;
    if (!p.divisions) continue;
    const { type, items } = p.divisions;
    const word = config.typeWord[country._iso] ?? singular(type.split(/\s+/).pop());
    for (const { name, alts } of items) {
      const id = `cl:region:${country._iso.toLowerCase()}:${slug(name)}`;
      if (ids.has(id)) continue;
      const bare = name.replace(ARTICLE, '');
      const forms = [`${name} ${word}`, `${bare} ${word}`, `${bare} region`, `${bare} province`];
      if ([...forms, name, bare, ...alts].some((f) => reserved.has(norm(f)))) continue; // curated already
      ids.add(id);
      const entity = {
        id,
        type: 'place',
        kind: 'region',
        label: name,
        description: `${word} of ${country.label}.`,
        country: country.id,
        names: [],
        facts: [{ property: 'administrativeDivisionOf', value: country.label, ref: country.id, asOf: FACTBOOK_AS_OF, source: SOURCES.factbook, note: word.toLowerCase() }],
      };
      // Short bare names ("Fars", "Mon") are too often something else: only "X Province" then.
      const clash = (s) => cityNames.get(country.id)?.has(norm(s)) || norm(s) === norm(country.label) || GENERIC.has(s) || s.length <= 4;
      for (const f of forms) addName(entity, f, 'common');
      if (bare !== name && !clash(bare)) addName(entity, bare, 'alias');
      for (const a of alts) if (!clash(a)) addName(entity, a, 'alias');
      // The label itself is a name too; when it is also a city's name, the
      // entity is still found under "X Oblast" / "X region", but its label
      // must not steal bare mentions of the city.
      if (clash(name)) entity.label = `${name} ${word}`;
      out.push(entity);
    }
  }
  return { entities: out };
}

module.exports = { buildDivisions, parseDivisions };
