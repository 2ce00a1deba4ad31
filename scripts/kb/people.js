// People: heads of state and government from the Factbook (with the
// corrections file), merged with curated people (ministers, heads of
// organisations, QIDs and common short names). One entity per person even
// when the Factbook lists them for several places (the King for 15 realms).
const { FACTBOOK_AS_OF, SOURCES } = require('./constants');
const { slug } = require('./text');

/**
 * Surnames that are also everyday English words or common first names: as a
 * bare mention they would mostly be wrong ("Friday", "Man", "Martin").
 * The full name still resolves.
 */
const SURNAME_STOPLIST = new Set(['Man', 'Te', 'Friday', 'Drew', 'Plant', 'Christian', 'Pierre', 'Martin', 'Brown', 'Bio', 'Hope', 'King', 'Burton', 'Bryan', 'Levi', 'Ali', 'Mohamed', 'Hassan', 'Salam', 'Fai']);

const ROLE_FACT = { chiefOfState: 'headOfState', headOfGovernment: 'headOfGovernment' };

function personKey(name) {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

function leadersOf(profile, corrections) {
  const fix = corrections.leaders[profile.code] ?? {};
  const out = [];
  for (const [field, property] of Object.entries(ROLE_FACT)) {
    if (property in fix) {
      if (fix[property]) out.push({ property, ...fix[property], alias: fix[property].alias ?? [], corrected: true });
      continue;
    }
    const parsed = profile.leaders[field];
    if (parsed) out.push({ property, ...parsed, alias: [] });
  }
  return out;
}

/**
 * @param places result of buildCountries (byFactbook: code → entity)
 * @param curated kb/people.json entries
 * @param addName name helper
 */
function buildPeople(profiles, places, corrections, curated, addName) {
  const people = new Map(); // personKey → entity
  const ensure = (name, idHint) => {
    const k = personKey(name);
    if (!people.has(k)) {
      people.set(k, { id: idHint ?? `cl:person:${slug(name)}`, type: 'person', kind: 'person', label: name, description: '', names: [], facts: [] });
    }
    return people.get(k);
  };

  for (const profile of profiles) {
    const place = places.byFactbook.get(profile.code);
    if (!place) continue;
    for (const leader of leadersOf(profile, corrections)) {
      const person = ensure(leader.name);
      if (leader.surname && !SURNAME_STOPLIST.has(leader.surname)) addName(person, leader.surname, 'surname');
      const given = leader.name.split(' ')[0];
      // "Vladimir Vladimirovich Putin" is written "Vladimir Putin".
      if (leader.surname && given !== leader.surname.split(' ')[0] && leader.name !== `${given} ${leader.surname}`) {
        addName(person, `${given} ${leader.surname}`, 'alias');
      }
      for (const a of leader.alias) addName(person, a, 'alias');
      const title = leader.title || (leader.property === 'headOfState' ? 'Head of state' : 'Head of government');
      // A corrected leader ("Kast since 2026-03-11", a date the Factbook has wrong) is curated: dated by
      // the curators, or checked against the Factbook snapshot when no date is given.
      const dated = leader.corrected ? { asOf: leader.asOf ?? FACTBOOK_AS_OF, source: SOURCES.curated } : { asOf: FACTBOOK_AS_OF, source: SOURCES.factbook };
      const base = { ...dated, ...(leader.since ? { start: leader.since } : {}) };
      place.facts.push({ property: leader.property, value: person.label, ref: person.id, ...base, note: title });
      const already = person.facts.find((f) => f.property === 'role' && f.ref === place.id && f.value === title);
      if (!already) person.facts.push({ property: 'role', value: title, ref: place.id, ...base, note: leader.property === 'headOfState' ? 'head of state' : 'head of government' });
      // A person's country: the most populous sovereign state they serve (the King: the UK, not Jersey).
      const pop = (e) => (e.kind === 'country' ? 1e12 : 0) + (e.facts.find((f) => f.property === 'population')?.value ?? 0);
      const current = person.country ? places.byId.get(person.country) : undefined;
      if (!current || pop(place) > pop(current)) person.country = place.id;
    }
  }

  // Curated people: merge into a Factbook person by name, else add.
  for (const c of curated) {
    const person = ensure(c.match ?? c.label, c.id);
    const oldId = person.id;
    if (c.id && person.id !== c.id) person.id = c.id;
    if (oldId !== person.id) {
      for (const place of places.entities) for (const f of place.facts) if (f.ref === oldId) f.ref = person.id;
    }
    if (c.label !== person.label) {
      addName(person, person.label, 'official');
      person.label = c.label;
    }
    for (const n of c.names ?? []) addName(person, n.text, n.kind, n.sense);
    if (c.country) person.country = c.country;
    if (c.description) person.description = c.description;
    for (const r of c.roles ?? []) {
      person.facts.push({
        property: 'role',
        value: r.title,
        asOf: r.asOf ?? c.asOf,
        source: SOURCES.curated,
        ...(r.org ? { ref: r.org } : {}),
        ...(r.start ? { start: r.start } : {}),
        ...(r.end ? { end: r.end } : {}),
        ...(r.note ? { note: r.note } : {}),
      });
    }
  }

  // Role titles get their place and descriptions are written once every entity exists (assemble.js).
  return { entities: [...people.values()] };
}

module.exports = { buildPeople };
