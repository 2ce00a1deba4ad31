// The Factbook stage of the KB build: reads the World Factbook profiles in
// ../shared/data/factbook (CC0) and keeps only what the KB derives from them:
// names, demonyms, capital, dated figures, parsed leaders, first-level
// divisions. The result, kb/factbook-extract.json, is committed, so the KB
// build (and its byte-for-byte test) needs no ../shared: a fresh clone or CI
// rebuilds media/kb/kb.json from the repository alone. `npm run build:kb`
// (scripts/kb/build.js) refreshes it whenever the Factbook is present.
const fs = require('node:fs');
const path = require('node:path');
const { CURATED_DIR, FACTBOOK_DIR, FACTBOOK_AS_OF, SOURCES } = require('./constants');
const fb = require('./factbook');
const { parseLeader } = require('./leaders');
const { parseDivisions } = require('./divisions');

const EXTRACT_PATH = path.join(CURATED_DIR, 'factbook-extract.json');

/** One profile reduced to the facts the KB uses; no Factbook prose is kept. */
function extractProfile(profile) {
  const exec = fb.executive(profile);
  const rawDivisions = profile.data.Government?.['Administrative divisions']?.text;
  return {
    code: profile.code,
    region: profile.region,
    tld: fb.tldOf(profile),
    names: fb.factbookNames(profile),
    demonyms: fb.factbookDemonyms(profile),
    capital: fb.capitalName(profile),
    facts: fb.quantityFacts(profile),
    leaders: { chiefOfState: parseLeader(exec.chiefOfState), headOfGovernment: parseLeader(exec.headOfGovernment) },
    divisions: rawDivisions ? parseDivisions(rawDivisions) : null,
  };
}

function buildExtractText(dir = FACTBOOK_DIR) {
  const extract = {
    $comment: 'Derived from the CIA World Factbook (CC0) by scripts/kb/factbookExtract.js; do not edit by hand.',
    source: SOURCES.factbook,
    asOf: FACTBOOK_AS_OF,
    profiles: fb.readProfiles(dir).map(extractProfile),
  };
  return `${JSON.stringify(extract, null, 1)}\n`;
}

/** The committed extract's profiles, as the KB build reads them. */
function readFactbookExtract(file = EXTRACT_PATH) {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build:kb with the Factbook in ${FACTBOOK_DIR}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).profiles;
}

module.exports = { EXTRACT_PATH, buildExtractText, readFactbookExtract, extractProfile };
