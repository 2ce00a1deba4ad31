// Assembles the whole KB in memory from its inputs, in a fixed order.
const { FORMAT_VERSION, KB_AS_OF, KB_VERSION } = require('./constants');
const { buildCities } = require('./cities');
const { buildCountries, addName } = require('./countries');
const { buildDivisions } = require('./divisions');
const { buildCuratedEntities, readCuratedPeople, applyMetonyms, makeResolver, readJson } = require('./curated');
const { readFactbookExtract } = require('./factbookExtract');
const { buildPeople } = require('./people');
const { describeFromRoles } = require('./personDescriptions');
const { makeTitleQualifier, qualifyRoles } = require('./roleTitles');
const { sourcesTable } = require('./sources');

const CURATED_ENTITY_FILES = [
  'organizations.json', 'regions.json', 'groups.json', 'peoples.json',
  'government-bodies.json', 'armed-groups.json', 'think-tanks-media.json', 'geography.json', 'un-system.json',
];

/** Comparison key for names: case, diacritics and punctuation ignored. */
function normKey(s) {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function assembleKb() {
  const corrections = readJson('corrections.json');
  const qids = readJson('country-qids.json').qids;
  const cityQids = readJson('city-qids.json').qids;
  // Factbook profiles as the committed extract holds them (kb/factbook-extract.json).
  const profiles = readFactbookExtract();

  const places = buildCountries(profiles, corrections, qids);
  for (const [iso, texts] of Object.entries(corrections.dropNames ?? {})) {
    const country = places.byIso.get(iso);
    if (!Array.isArray(texts)) continue; // the "$comment" entry
    if (!country) throw new Error(`corrections.json dropNames: unknown country ${iso}`);
    country.names = country.names.filter((n) => !texts.includes(n.text));
  }
  const resolve = makeResolver(places.byIso);
  // Conflict-zone towns as news copy spells them ("Raqqa" for GeoNames' "Ar Raqqah").
  const townNames = Object.fromEntries(Object.entries(readJson('town-names.json').names).map(([k, v]) => [k, v.map((text) => ({ text, kind: 'alias' }))]));
  const cities = buildCities(places, cityQids, addName, { ...townNames, ...corrections.extraNames });
  places.byId = new Map([...places.entities, ...cities.entities].map((e) => [e.id, e]));

  const people = buildPeople(profiles, places, corrections, readCuratedPeople(resolve), addName);
  // Provinces the curated regions.json or geography.json already cover ("Kursk Oblast") are not added again.
  const curatedRegions = [...readJson('regions.json').entities, ...readJson('geography.json').entities];
  const reserved = new Set(curatedRegions.flatMap((r) => [r.label, ...(r.names ?? []).map((n) => (typeof n === 'string' ? n : n.text))]).map(normKey));
  const divisions = buildDivisions(profiles, places, cities.entities, corrections.divisions, reserved, addName, normKey);
  const all = [...places.entities, ...cities.entities, ...divisions.entities, ...people.entities];
  const byId = new Map(all.map((e) => [e.id, e]));
  const labelOf = (id) => byId.get(id)?.label ?? id;
  for (const file of CURATED_ENTITY_FILES) {
    for (const e of buildCuratedEntities(file, resolve, labelOf)) {
      if (byId.has(e.id)) throw new Error(`${file}: id ${e.id} is already used by ${byId.get(e.id).label}`);
      byId.set(e.id, e);
      all.push(e);
    }
  }
  applyMetonyms(byId, resolve, addName);
  dropTakenMinorCities(all, byId, normKey);
  finishPeople(people.entities, places.entities, byId);

  for (const e of all) {
    // A fact about another entity shows its label: "partOf": "European Union".
    for (const f of e.facts) if (f.ref !== undefined && f.value === f.ref && byId.has(f.ref)) f.value = byId.get(f.ref).label;
    delete e._wcCapitals;
    delete e._iso;
  }
  return {
    $schema: '../schemas/kb.schema.json',
    formatVersion: FORMAT_VERSION,
    version: KB_VERSION,
    asOf: KB_AS_OF,
    sources: sourcesTable(),
    entities: all,
  };
}

/** Role titles with their place ("President" of France → "President of France"), then descriptions from roles. */
function finishPeople(people, places, byId) {
  const qualify = makeTitleQualifier(places, byId);
  for (const p of people) {
    qualifyRoles(p, byId, qualify);
    if (!p.description) p.description = describeFromRoles(p, byId) ?? 'Person.';
  }
}

/**
 * A small place whose name is also a person, organisation or region in the
 * KB ("Hamas" is not a town) would only add wrong candidates: left out.
 */
function dropTakenMinorCities(all, byId, norm) {
  const taken = new Set();
  for (const e of all) {
    if (e.kind === 'city') continue;
    for (const t of [e.label, ...e.names.map((n) => n.text)]) taken.add(norm(t));
  }
  for (let i = all.length - 1; i >= 0; i--) {
    const e = all[i];
    if (e._minor && [e.label, ...e.names.map((n) => n.text)].some((t) => taken.has(norm(t)))) {
      all.splice(i, 1);
      byId.delete(e.id);
    }
  }
}

module.exports = { assembleKb };
