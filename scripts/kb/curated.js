// Curated inputs written by the ClaimLens team (kb/*.json): organisations,
// regions, armed groups / agencies / companies / media, people, metonyms.
// References may name countries by ISO code ("iso:RU"); they are resolved
// to KB ids here.
const fs = require('node:fs');
const path = require('node:path');
const worldCountries = require('world-countries');
const { CURATED_DIR, SOURCES } = require('./constants');

function readJson(name) {
  return JSON.parse(fs.readFileSync(path.join(CURATED_DIR, name), 'utf8'));
}

function makeResolver(byIso) {
  return (ref, where) => {
    if (typeof ref !== 'string') throw new Error(`${where}: reference must be a string`);
    if (!ref.startsWith('iso:')) return ref;
    const entity = byIso.get(ref.slice(4));
    if (!entity) throw new Error(`${where}: unknown country ${ref}`);
    return entity.id;
  };
}

/** "iso:FI@2023-04-04" or "iso:GB@1973-01-01..2020-01-31" → { ref, start?, end? } */
function parseMember(spec) {
  const [ref, dates] = spec.split('@');
  if (!dates) return { ref };
  const [start, end] = dates.split('..');
  return { ref, ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** world-countries flags the Holy See, a UN observer state, as a member. */
const NOT_UN_MEMBERS = ['iso:VA'];

/** "iso:XX" of every UN member in world-countries but the excluded ones, sorted. */
function unMemberCodes(exclude) {
  return [...worldCountries].filter((x) => x.unMember).map((x) => `iso:${x.cca2}`).filter((iso) => !exclude.has(iso)).sort();
}

/** Organisations, regions and groups share one entry format; see kb/README.md. */
function buildCuratedEntities(file, resolve, labelOf) {
  const doc = readJson(file);
  const asOfDefault = doc.asOf;
  const out = [];
  for (const c of doc.entities) {
    const where = `${file}: ${c.id}`;
    const asOf = c.asOf ?? asOfDefault;
    const cf = (property, value, extra = {}) => ({ property, value, asOf, source: SOURCES.curated, ...extra });
    const entity = {
      id: c.id,
      type: c.type,
      kind: c.kind,
      label: c.label,
      description: c.description,
      names: (c.names ?? []).map((n) => (typeof n === 'string' ? { text: n, kind: 'alias' } : n)),
      facts: [],
      ...(c.country ? { country: resolve(c.country, where) } : {}),
    };
    if (c.founded) entity.facts.push(cf('founded', c.founded));
    if (c.hq) entity.facts.push(cf('headquarters', c.hq.name ?? c.hq, c.hq.ref ? { ref: resolve(c.hq.ref, where) } : {}));
    if (c.orgKind) entity.facts.push(cf('organizationKind', c.orgKind));
    const memberFact = (spec) => {
      const m = parseMember(spec);
      const ref = resolve(m.ref, where);
      entity.facts.push(cf('member', labelOf(ref), { ref, ...(m.start ? { start: m.start } : {}), ...(m.end ? { end: m.end } : {}) }));
    };
    if (c.members === 'unMembers') {
      // world-countries' UN flag, minus the entries the curators know are wrong (see membersExclude).
      const exclude = new Set(c.membersExclude ?? []);
      for (const iso of unMemberCodes(exclude)) {
        const ref = resolve(iso, where);
        entity.facts.push({ property: 'member', value: labelOf(ref), ref, asOf: '2025-06-03', source: SOURCES.worldCountries });
      }
    } else if (c.members?.from === 'unMembers') {
      // Derived by the curators: the UN members with documented exceptions
      // ("except" Cuba…, "plus" Kosovo; either may carry dates), dated by the entry's asOf.
      const except = new Set([...(c.members.except ?? []), ...NOT_UN_MEMBERS]);
      for (const iso of unMemberCodes(except)) memberFact(iso);
      for (const spec of c.members.plus ?? []) memberFact(spec);
    } else {
      for (const spec of c.members ?? []) memberFact(spec);
    }
    for (const f of c.facts ?? []) {
      const ref = f.ref ? resolve(f.ref, where) : undefined;
      // A fact about another entity shows that entity's label ("partOf": "European Union").
      const value = ref && f.value === f.ref ? labelOf(ref) : f.value;
      entity.facts.push({ asOf, source: SOURCES.curated, ...f, value, ...(ref ? { ref } : {}) });
    }
    out.push(entity);
  }
  return out;
}

/** People files in kb/: current figures, then former leaders, ministers and militant leaders. */
const PEOPLE_FILES = ['people.json', 'people-former.json'];

/** kb/people*.json with references resolved. */
function readCuratedPeople(resolve) {
  return PEOPLE_FILES.flatMap((file) => {
    const doc = readJson(file);
    return doc.people.map((p) => ({
      ...p,
      asOf: p.asOf ?? doc.asOf,
      ...(p.country ? { country: resolve(p.country, `${file}: ${p.label}`) } : {}),
      roles: (p.roles ?? []).map((r) => ({ ...r, ...(r.org ? { org: resolve(r.org, `${file}: ${p.label}`) } : {}) })),
    }));
  });
}

/** kb/metonyms.json: [{ text, ref, sense }] added as metonym names on the referenced entity. */
function applyMetonyms(byId, resolve, addName) {
  const doc = readJson('metonyms.json');
  for (const m of doc.metonyms) {
    const id = resolve(m.ref, `metonyms.json: ${m.text}`);
    const entity = byId.get(id);
    if (!entity) throw new Error(`metonyms.json: ${m.text} refers to missing ${id}`);
    addName(entity, m.text, 'metonym', m.sense ?? 'government');
  }
}

module.exports = { readJson, makeResolver, buildCuratedEntities, readCuratedPeople, applyMetonyms };
