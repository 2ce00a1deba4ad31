// Plain cities (a GeoNames population, a country, "City in X.", at most a few
// aliases) make up most of the KB; written as full entities they would be
// 250 bytes each. They ship as rows instead:
//   "compactCities": { "asOf": "2024-12", "source": "geonames-…", "rows": [[id, label, countryId, population, ...aliases]] }
// and are expanded back into the same entities on load (src/core/kb/compactCities.ts).
const { SOURCES } = require('./constants');

const GEONAMES_AS_OF = '2024-12';

/** Is this city entity exactly what a row expands to? */
function isPlainCity(e, labelOf) {
  if (e.kind !== 'city' || e.country === undefined || e.facts.length !== 1) return false;
  const f = e.facts[0];
  const plainFact = f.property === 'population' && typeof f.value === 'number' && f.unit === 'people' && f.asOf === GEONAMES_AS_OF
    && f.source === SOURCES.geonames && Object.keys(f).length === 5;
  return plainFact && e.description === `City in ${labelOf(e.country)}.` && e.names.every((n) => n.kind === 'alias' && n.sense === undefined);
}

/** Splits normalised entities into full ones and rows (both in their given order). */
function compactCities(entities) {
  const labels = new Map(entities.map((e) => [e.id, e.label]));
  const labelOf = (id) => labels.get(id);
  const full = [];
  const rows = [];
  for (const e of entities) {
    if (isPlainCity(e, labelOf)) rows.push([e.id, e.label, e.country, e.facts[0].value, ...e.names.map((n) => n.text)]);
    else full.push(e);
  }
  return { full, table: { asOf: GEONAMES_AS_OF, source: SOURCES.geonames, rows } };
}

/** The inverse, for build-time validation: rows back into entities, merged into the city section by id. */
function expandCities(kb) {
  if (!kb.compactCities) return kb;
  const labels = new Map(kb.entities.map((e) => [e.id, e.label]));
  const { asOf, source, rows } = kb.compactCities;
  const cities = rows.map(([id, label, country, population, ...aliases]) => ({
    id, type: 'place', kind: 'city', label, description: `City in ${labels.get(country)}.`, country,
    names: aliases.map((text) => ({ text, kind: 'alias' })),
    facts: [{ property: 'population', value: population, unit: 'people', asOf, source }],
  }));
  const out = { ...kb, entities: [...kb.entities, ...cities] };
  delete out.compactCities;
  return out;
}

module.exports = { compactCities, expandCities };
