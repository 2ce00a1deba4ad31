// Build-time validation of the assembled KB. Any failure stops the build:
// the shipped file must match the schema, have unique ids, no dangling
// references, sourced and dated facts, and plausible counts.
const fs = require('node:fs');
const Ajv = require('ajv');
const { SCHEMA } = require('./constants');

/**
 * Membership counts that must hold on the KB's as-of date: a derived list
 * ("the UN members except …") that loses or gains a country by mistake fails.
 */
const MEMBER_COUNTS = [
  { id: 'Q1065', label: 'UN', count: 193 },
  { id: 'Q7184', label: 'NATO', count: 32 },
  { id: 'Q458', label: 'EU', count: 27 },
  { id: 'cl:org:un-security-council', label: 'UN Security Council', count: 15 },
  { id: 'cl:org:un-security-council', label: 'UN Security Council', count: 15, on: '2025-06-30' },
  { id: 'cl:org:imf', label: 'IMF', count: 191 },
  { id: 'cl:org:world-bank', label: 'World Bank (IBRD)', count: 189 },
  { id: 'cl:org:wto', label: 'WTO', count: 166 },
  // 194 until the United States left on 2026-01-22.
  { id: 'cl:org:who', label: 'WHO', count: 193 },
  { id: 'cl:org:unesco', label: 'UNESCO', count: 194 },
  // 180 on the IAEA's count (2024-11); five members among the 19 unresolved UN members are not listed.
  { id: 'cl:org:iaea', label: 'IAEA (listed)', count: 175 },
  { id: 'cl:org:fao', label: 'FAO (member nations)', count: 194 },
  { id: 'cl:org:ilo', label: 'ILO', count: 187 },
  { id: 'cl:org:eccas', label: 'ECCAS', count: 11 },
  { id: 'cl:org:itu', label: 'ITU', count: 194 },
  { id: 'cl:org:icao', label: 'ICAO', count: 193 },
  // Rome Statute parties: 125 from Ukraine's accession (2025-01-01) until Hungary left on
  // 2026-06-02. Accessions before 2024 are undated, so only the KB date can be checked.
  { id: 'cl:org:icc', label: 'ICC', count: 124 },
  { id: 'cl:org:osce', label: 'OSCE', count: 57 },
  // 35 states of the Americas less Cuba (not participating), Nicaragua (left 2023-11-19) and Venezuela (disputed since 2019).
  { id: 'cl:org:oas', label: 'OAS', count: 32 },
  { id: 'cl:org:commonwealth', label: 'Commonwealth', count: 56 },
  { id: 'cl:org:caricom', label: 'CARICOM (full members)', count: 15 },
  { id: 'cl:org:cis', label: 'CIS', count: 9 },
  { id: 'cl:org:pacific-islands-forum', label: 'Pacific Islands Forum', count: 18 },
  { id: 'cl:org:cptpp', label: 'CPTPP', count: 12 },
  // Before the United Kingdom's accession took effect on 2024-12-15.
  { id: 'cl:org:cptpp', label: 'CPTPP', count: 11, on: '2024-06-30' },
  // 8 until Eritrea notified its withdrawal on 2025-12-12.
  { id: 'cl:org:igad', label: 'IGAD', count: 7 },
  { id: 'cl:org:oic', label: 'OIC', count: 57 },
  { id: 'cl:org:celac', label: 'CELAC', count: 33 },
  { id: 'cl:org:opec', label: 'OPEC', count: 12 },
  { id: 'cl:org:opec-plus', label: 'OPEC+', count: 22 },
  { id: 'cl:org:paris-club', label: 'Paris Club', count: 22 },
  // 38 jurisdictions plus the European Commission and the GCC; Russia suspended, not expelled.
  { id: 'cl:org:fatf', label: 'FATF', count: 40 },
  { id: 'cl:org:nuclear-suppliers-group', label: 'NSG', count: 48 },
  { id: 'cl:org:esa', label: 'ESA', count: 23 },
];

/**
 * Members on `date` by the rule the extension and CLI apply (src/core/kb/temporal.ts
 * factHoldsAt): a dated membership by its start and end, an undated one from its
 * as-of date on. The check must count what analysts will see; this plain-Node
 * copy is held to temporal.ts by test/unit/kb/checkMembers.test.ts.
 */
function activeMembers(entity, date) {
  const floor = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const ceil = (d) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  return entity.facts.filter((f) => {
    if (f.property !== 'member') return false;
    if (f.start === undefined && f.end === undefined) return floor(f.asOf) <= ceil(date);
    return (f.start === undefined || floor(f.start) <= ceil(date)) && (f.end === undefined || ceil(f.end) >= floor(date));
  });
}

/** @returns {string[]} problems; empty when the KB is fine */
function checkKb(kb, { requireCoverage = true } = {}) {
  const problems = [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  if (!validate(kb)) {
    for (const e of validate.errors.slice(0, 20)) problems.push(`schema: ${e.instancePath} ${e.message}`);
  }
  for (const key of ['formatVersion', 'version', 'asOf']) if (kb[key] === undefined) problems.push(`missing ${key}`);
  const ids = new Map();
  for (const e of kb.entities) {
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id} (${ids.get(e.id).label} / ${e.label})`);
    ids.set(e.id, e);
    if (!e.type || !e.kind || !e.label) problems.push(`${e.id}: type, kind and label are required in the bundled KB`);
  }
  const sourceIds = new Set(kb.sources.map((s) => s.id));
  for (const e of kb.entities) {
    if (e.country !== undefined && !ids.has(e.country)) problems.push(`${e.id}: dangling country ${e.country}`);
    for (const f of e.facts) {
      if (!f.asOf) problems.push(`${e.id}: fact ${f.property} has no asOf`);
      if (!sourceIds.has(f.source)) problems.push(`${e.id}: fact ${f.property} has unknown source ${f.source}`);
      if (f.ref !== undefined && !ids.has(f.ref)) problems.push(`${e.id}: fact ${f.property} refers to missing ${f.ref}`);
      if (f.start && f.end && f.start > f.end) problems.push(`${e.id}: fact ${f.property} ends before it starts`);
    }
  }
  const counts = countByKind(kb);
  if (requireCoverage) {
    const places = (counts.country ?? 0) + (counts.territory ?? 0);
    if (places < 240 || places > 280) problems.push(`expected ~250 countries and territories, got ${places}`);
    if ((counts.city ?? 0) < 2000) problems.push(`expected >= 2000 cities, got ${counts.city ?? 0}`);
    const orgs = kb.entities.filter((e) => e.type === 'organization').length;
    if (orgs < 150) problems.push(`expected >= 150 organisations, got ${orgs}`);
    for (const { id, label, count, on = kb.asOf } of MEMBER_COUNTS) {
      const org = ids.get(id);
      const n = org ? activeMembers(org, on).length : 0;
      if (n !== count) problems.push(`${label} (${id}) should have ${count} members on ${on}, has ${n}`);
    }
  }
  return problems;
}

function countByKind(kb) {
  const counts = {};
  for (const e of kb.entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return counts;
}

module.exports = { activeMembers, checkKb, countByKind };
