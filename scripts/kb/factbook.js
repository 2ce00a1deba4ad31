// Reads World Factbook profiles and turns the fields the KB needs into facts.
// Each quantity keeps the year the Factbook states for it ("(2025 est.)").
const fs = require('node:fs');
const path = require('node:path');
const { FACTBOOK_AS_OF, SOURCES } = require('./constants');
const { stripHtml, parseQuantity } = require('./text');

/** Every profile file: { code: "kn", region: "east-n-southeast-asia", data }, sorted by code. */
function readProfiles(dir) {
  if (!fs.existsSync(dir)) {
    throw new Error(`Factbook folder not found: ${dir} (set CLAIMLENS_FACTBOOK_DIR)`);
  }
  const out = [];
  for (const region of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, region);
    if (!fs.statSync(folder).isDirectory() || region === 'meta') continue;
    for (const file of fs.readdirSync(folder).sort()) {
      if (!file.endsWith('.json')) continue;
      out.push({ code: file.slice(0, -5), region, data: JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) });
    }
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function text(node) {
  return node && typeof node.text === 'string' ? stripHtml(node.text) : null;
}

/** The newest "<field> YYYY" entry of a yearly series, e.g. "Real GDP per capita 2024". */
function latestOfSeries(field) {
  if (!field) return null;
  const years = Object.keys(field)
    .map((k) => /(\d{4})$/.exec(k))
    .filter(Boolean)
    .map((m) => m[0])
    .sort();
  const key = Object.keys(field).find((k) => k.endsWith(years[years.length - 1] ?? '----'));
  return key ? text(field[key]) : text(field);
}

function dollarsNote(field) {
  const m = field && typeof field.note === 'string' ? /data in (\d{4}) dollars/.exec(field.note) : null;
  return m ? `${m[1]} dollars` : null;
}

function fact(property, value, asOf, extra = {}) {
  return { property, value, asOf, source: SOURCES.factbook, ...extra };
}

/** Names as the Factbook writes them: short, long, abbreviation, former, local. */
function factbookNames(profile) {
  const cn = profile.data.Government?.['Country name'] ?? {};
  const get = (k) => {
    const t = text(cn[k]);
    const clean = t && t.split(/;| note /)[0].trim();
    return clean && !/^none$/i.test(clean) ? clean : null;
  };
  return {
    short: get('conventional short form'),
    long: get('conventional long form'),
    abbreviations: (get('abbreviation') ?? '').split(/,| or /).map((s) => s.trim()).filter(Boolean),
    former: (get('former') ?? '').split(/[,;]/).map((s) => s.trim()).filter((s) => s && !/\d/.test(s)),
  };
}

/**
 * "Korean(s)" / "Briton(s), British (collective plural)" → singular and plural forms.
 * After a ';' comes another nationality or the parts of a federation ("Aruban;
 * Dutch", "Micronesian; Chuukese, …"), not a name of this one: dropped, except
 * a note ("Swati; note - former term, Swazi, still used …").
 */
function factbookDemonyms(profile) {
  const nat = profile.data['People and Society']?.Nationality ?? {};
  const out = new Set();
  for (const key of ['noun', 'adjective']) {
    const t = text(nat[key]);
    if (!t) continue;
    const [first, ...rest] = t.split(';');
    // In a note only capitalised parts are names: "Swazi", not "still used …".
    const noteParts = rest.filter((section) => /^\s*note\b/.test(section)).flatMap((section) => section.split(/,|\bor\b/)).filter((p) => /^\s*\p{Lu}/u.test(p));
    for (const part of [...first.split(/,|\bor\b/), ...noteParts]) {
      const clean = part.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
      if (!clean || clean.length > 30 || /\bnote\b|none|\d/i.test(clean)) continue;
      const base = part.match(/^\s*([^()]+)\(s\)/);
      if (base) {
        out.add(base[1].trim());
        out.add(`${base[1].trim()}s`);
      } else out.add(clean);
    }
  }
  return [...out];
}

function capitalName(profile) {
  const t = text(profile.data.Government?.Capital?.name);
  if (!t) return null;
  // "Washington, DC" stays whole; "Pyongyang" etc. Drop notes and alternatives.
  const name = t.split(/;|\(/)[0].trim();
  // "none", "administered from London", "no official capital": not a city.
  return name && !/^(none|no |administered)/i.test(name) ? name : null;
}

/** Quantitative facts of one profile. */
function quantityFacts(profile) {
  const d = profile.data;
  const out = [];
  const pop = d['People and Society']?.Population;
  const popText = text(pop?.total) ?? text(pop);
  const popQ = popText && parseQuantity(popText);
  if (popQ && popQ.value > 0) out.push(fact('population', popQ.value, popQ.year ?? FACTBOOK_AS_OF, { unit: 'people' }));

  const area = d.Geography?.Area;
  const areaText = area && (text(area['total ']) ?? text(area.total));
  const areaQ = areaText && parseQuantity(areaText);
  if (areaQ && areaQ.value > 0) out.push(fact('area', areaQ.value, FACTBOOK_AS_OF, { unit: 'km2' }));

  const econ = d.Economy ?? {};
  const ppp = econ['Real GDP (purchasing power parity)'];
  const pppQ = parseQuantity(latestOfSeries(ppp) ?? '');
  if (pppQ && pppQ.year) {
    out.push(fact('gdpPpp', pppQ.value, pppQ.year, { unit: `USD (PPP${dollarsNote(ppp) ? `, ${dollarsNote(ppp)}` : ''})`, note: 'real GDP at purchasing power parity' }));
  }
  const pc = econ['Real GDP per capita'];
  const pcQ = parseQuantity(latestOfSeries(pc) ?? '');
  if (pcQ && pcQ.year) {
    out.push(fact('gdpPerCapitaPpp', pcQ.value, pcQ.year, { unit: `USD (PPP${dollarsNote(pc) ? `, ${dollarsNote(pc)}` : ''})`, note: 'real GDP per capita at purchasing power parity' }));
  }
  const nominal = parseQuantity(text(econ['GDP (official exchange rate)']) ?? '');
  if (nominal && nominal.year) {
    out.push(fact('gdpNominal', nominal.value, nominal.year, { unit: 'USD (current, official exchange rate)', note: 'GDP at official exchange rate' }));
  }

  const mil = text(d['Military and Security']?.['Military and security service personnel strengths']);
  // "estimates not available" says nothing: no fact rather than a text one.
  if (mil && /\d/.test(mil.replace(/\(\d{4}\)/g, ''))) {
    const year = /\((?:[^)]*?)(\d{4})\)/.exec(mil)?.[1] ?? FACTBOOK_AS_OF;
    // First figure; a range "1.1-1.2 million" keeps its lower bound, the note keeps the text.
    const q = /(\d[\d,]*(?:\.\d+)?)(?:\s*-\s*(\d[\d,]*(?:\.\d+)?))?\s*(million)?/.exec(mil);
    let value = q ? Number(q[1].replace(/,/g, '')) : null;
    const upper = q?.[2] ? Number(q[2].replace(/,/g, '')) : null;
    if (value !== null && q[3] && value < 1000) value *= 1e6;
    // "150-300,000": the lower bound is in thousands too.
    else if (value !== null && upper !== null && value < 1000 && upper >= 1000) value *= 1000;
    if (value !== null) value = Math.round(value);
    const note = mil.length > 300 ? `${mil.slice(0, 297)}…` : mil;
    out.push(fact('militaryPersonnel', value !== null && Number.isFinite(value) ? value : note, year, { unit: 'personnel', note }));
  }
  return out;
}

function executive(profile) {
  const e = profile.data.Government?.['Executive branch'] ?? {};
  return { chiefOfState: e['chief of state']?.text ?? null, headOfGovernment: e['head of government']?.text ?? null };
}

function tldOf(profile) {
  const t = text(profile.data.Communications?.['Internet country code']);
  return t ? (t.match(/\.[a-z]{2}\b/g) ?? []) : [];
}

module.exports = { readProfiles, factbookNames, factbookDemonyms, capitalName, quantityFacts, executive, tldOf, fact };
