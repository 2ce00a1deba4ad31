// Countries and territories: one entity per Factbook profile and per
// world-countries entry, joined by ISO code (Factbook codes are not ISO:
// "kn" is North Korea, KP). Names, codes, demonyms and currency come from
// world-countries; facts from the Factbook.
const worldCountries = require('world-countries');
const { SOURCES } = require('./constants');
const { slug } = require('./text');

const WC_AS_OF = '2025-06-03'; // world-countries 5.1.0 release date
const LATIN = /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u;
/** Two-letter codes that are ordinary abbreviations in English prose. */
const TWO_LETTER_ABBR = new Set(['US', 'UK']);

function wcFact(property, value, extra = {}) {
  return { property, value, asOf: WC_AS_OF, source: SOURCES.worldCountries, ...extra };
}

/** Maps each Factbook profile to an ISO code, or null for Factbook-only places (Spratly Islands…). */
function isoForProfile(profile, corrections, byTld) {
  const fixed = corrections.factbookToIso[profile.code];
  if (fixed) return fixed;
  const isos = [...new Set(profile.tld.flatMap((t) => byTld.get(t) ?? []))];
  return isos.length === 1 ? isos[0] : null;
}

function addName(entity, text, kind, sense) {
  const t = (text ?? '').trim();
  if (!t || t.length > 80) return;
  // One entry per text, except that a demonym or metonym adds a second sense.
  const separateSense = kind === 'demonym' || kind === 'metonym';
  if (entity.names.some((n) => n.text === t && (separateSense ? n.kind === kind : n.kind !== 'demonym' && n.kind !== 'metonym'))) return;
  entity.names.push(sense ? { text: t, kind, sense } : { text: t, kind });
}

/**
 * @returns {{ entities: object[], byIso: Map<string, object>, byFactbook: Map<string, object>, capitals: Map<object, string> }}
 *   capitals: country entity → capital name as the Factbook or world-countries writes it.
 */
function buildCountries(profiles, corrections, qids) {
  const byTld = new Map();
  for (const c of worldCountries) for (const t of c.tld ?? []) byTld.set(t, [...(byTld.get(t) ?? []), c.cca2]);
  const skip = new Set(corrections.skipFactbook.codes);
  const profileByIso = new Map();
  const factbookOnly = [];
  for (const p of profiles) {
    if (skip.has(p.code)) continue;
    const iso = isoForProfile(p, corrections, byTld);
    if (corrections.ownEntity.codes.includes(p.code)) factbookOnly.push(p);
    else if (iso && !profileByIso.has(iso)) profileByIso.set(iso, p);
    else if (!iso) factbookOnly.push(p);
  }

  const entities = [];
  const byIso = new Map();
  const byFactbook = new Map();
  const capitals = new Map();
  for (const c of [...worldCountries].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
    const iso = c.cca2;
    const profile = profileByIso.get(iso) ?? null;
    const kind = corrections.kind[iso] ?? (c.independent ? 'country' : 'territory');
    const entity = {
      id: qids[iso] ?? `cl:${kind === 'country' ? 'country' : 'territory'}:${iso.toLowerCase()}`,
      type: 'place',
      kind,
      label: c.name.common,
      description: '',
      names: [],
      facts: [],
    };
    addName(entity, c.name.official, 'official');
    const fbNames = profile ? profile.names : null;
    if (fbNames) {
      addName(entity, fbNames.short, 'common');
      addName(entity, fbNames.long, 'official');
      for (const a of fbNames.abbreviations) addName(entity, a, 'abbreviation');
      for (const f of fbNames.former) addName(entity, f, 'former');
    }
    for (const alt of c.altSpellings ?? []) {
      if (!LATIN.test(alt)) continue;
      if (/^[A-Z]{2}$/.test(alt)) {
        if (TWO_LETTER_ABBR.has(alt)) addName(entity, alt, 'abbreviation');
      } else if (/^[A-Z]{3,6}$/.test(alt)) addName(entity, alt, 'abbreviation');
      else addName(entity, alt.replace(/^(.*), (.*)$/, '$2 $1'), 'alias');
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      // Some entries carry placeholder demonyms ("NA"); a real one has 3+ letters.
      for (const d of [dem.m, dem.f].filter((x) => typeof x === 'string' && x.length >= 3)) {
        addName(entity, d, 'demonym');
        // Plural for people: "North Koreans", "Israelis"; not "Chineses".
        if (/(an|i|er|on|ot|ite)$/.test(d)) addName(entity, `${d}s`, 'demonym');
      }
    }
    // "Taiwan (or Taiwanese)": a demonym identical to the country's own name adds nothing.
    if (profile) for (const d of profile.demonyms) if (d !== entity.label && !entity.names.some((n) => n.text === d && n.kind !== 'demonym')) addName(entity, d, 'demonym');
    for (const n of corrections.extraNames[iso] ?? []) addName(entity, n.text, n.kind);

    entity.facts.push(wcFact('iso3166Alpha2', iso), wcFact('iso3166Alpha3', c.cca3));
    for (const [code, cur] of Object.entries(c.currencies ?? {}).sort()) {
      entity.facts.push(wcFact('currency', cur.name, { unit: code }));
    }
    if (profile) entity.facts.push(...profile.facts.map((f) => ({ ...f })));
    else if (c.area > 0) entity.facts.push(wcFact('area', c.area, { unit: 'km2' }));

    const capital = profile?.capital ?? c.capital?.[0] ?? null;
    if (capital) capitals.set(entity, capital);
    entity.description = describe(kind, c.subregion || c.region, capital);
    entity._wcCapitals = c.capital ?? [];
    entity._iso = iso;
    entities.push(entity);
    byIso.set(iso, entity);
    if (profile) byFactbook.set(profile.code, entity);
  }

  for (const p of factbookOnly) {
    const names = p.names;
    const fix = corrections.factbookEntity[p.code];
    const label = fix?.label ?? names.short ?? p.code;
    const within = corrections.ownEntity.within[p.code];
    const entity = {
      id: fix?.id ?? `cl:territory:${slug(label)}`,
      type: 'place',
      kind: 'territory',
      label,
      description: '',
      names: [],
      facts: p.facts.map((f) => ({ ...f })),
      ...(within && byIso.get(within) ? { country: byIso.get(within).id } : {}),
    };
    addName(entity, names.long, 'official');
    for (const a of names.abbreviations) addName(entity, a, 'abbreviation');
    for (const n of fix?.names ?? []) addName(entity, n.text, n.kind);
    const capital = p.capital;
    if (capital && !/^none/i.test(capital)) capitals.set(entity, capital);
    entity.description = describe('territory', regionLabel(p.region), null);
    entities.push(entity);
    byFactbook.set(p.code, entity);
  }
  return { entities, byIso, byFactbook, capitals };
}

function regionLabel(folder) {
  return folder.replace(/-n-/g, ' and ').replace(/-/g, ' ').replace(/\b\w/g, (m) => m.toUpperCase());
}

function describe(kind, region, capital) {
  const what = kind === 'country' ? 'Country' : 'Territory';
  return `${what}${region ? ` in ${region}` : ''}${capital ? `; capital ${capital}` : ''}.`;
}

module.exports = { buildCountries, addName };
