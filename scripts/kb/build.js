// Builds media/kb/kb.json from the Factbook, pinned npm data packages and
// the curated files in kb/. Deterministic: the same inputs give the same bytes.
// Two stages: the Factbook profiles (../shared/data/factbook, when present)
// are reduced to kb/factbook-extract.json, then the KB is assembled from the
// extract, the npm packages and kb/*.json, so a checkout without ../shared
// still rebuilds the KB byte for byte.
//   node scripts/kb/build.js           extract (if the Factbook is there), build, validate, write
//   node scripts/kb/build.js --check   the same in memory; fail if a committed file differs
const fs = require('node:fs');
const { FACTBOOK_DIR } = require('./constants');
const { EXTRACT_PATH, buildExtractText } = require('./factbookExtract');
const zlib = require('node:zlib');
const { OUTPUT } = require('./constants');
const { assembleKb } = require('./assemble');
const { checkKb, countByKind } = require('./check');
const { serializeKb } = require('./serialize');
const { expandCities } = require('./compactCities');
const { packageVersionProblems } = require('./packageVersions');

/** Builds the KB text; throws with every validation problem when the KB is not fit to ship. */
function buildKbText() {
  const versions = packageVersionProblems();
  if (versions.length > 0) {
    const err = new Error(`KB data packages do not match their source ids:\n  ${versions.join('\n  ')}`);
    err.code = 'KB_PACKAGE_VERSION';
    throw err;
  }
  const kb = assembleKb();
  const text = serializeKb(kb);
  // Validate what ships: the serialised text, parsed back.
  const problems = checkKb(expandCities(JSON.parse(text)));
  if (problems.length > 0) {
    const err = new Error(`KB validation failed:\n  ${problems.slice(0, 50).join('\n  ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`);
    err.code = 'KB_INVALID';
    throw err;
  }
  return text;
}

function report(text) {
  const kb = expandCities(JSON.parse(text));
  const counts = countByKind(kb);
  const names = kb.entities.reduce((n, e) => n + e.names.length, 0);
  const facts = kb.entities.reduce((n, e) => n + e.facts.length, 0);
  const bytes = Buffer.byteLength(text);
  const gz = zlib.gzipSync(text, { level: 9 }).length;
  console.log(`KB ${kb.version} (as of ${kb.asOf}): ${kb.entities.length} entities, ${names} names, ${facts} facts`);
  console.log(`  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  size ${(bytes / 1024).toFixed(0)} KB, gzip ${(gz / 1024).toFixed(0)} KB`);
}

/** Stage 1: refresh (or check) the committed Factbook extract when the Factbook is available. */
function extractStage(check) {
  if (!fs.existsSync(FACTBOOK_DIR)) {
    console.log(`Factbook not found at ${FACTBOOK_DIR}: building from the committed ${EXTRACT_PATH}`);
    return;
  }
  const text = buildExtractText();
  const committed = fs.existsSync(EXTRACT_PATH) ? fs.readFileSync(EXTRACT_PATH, 'utf8') : '';
  if (committed === text) {
    console.log(`${EXTRACT_PATH} matches the Factbook byte for byte.`);
  } else if (check) {
    console.error(`${EXTRACT_PATH} is not what the Factbook gives: run npm run build:kb and commit the result.`);
    process.exit(1);
  } else {
    fs.writeFileSync(EXTRACT_PATH, text);
    console.log(`wrote ${EXTRACT_PATH}`);
  }
}

function main() {
  const check = process.argv.includes('--check');
  extractStage(check);
  const text = buildKbText();
  if (check) {
    const committed = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (committed !== text) {
      console.error(`${OUTPUT} is not what the build produces from its inputs: run npm run build:kb and commit the result.`);
      process.exit(1);
    }
    console.log(`${OUTPUT} matches a fresh build byte for byte.`);
  } else {
    fs.mkdirSync(require('node:path').dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
  report(text);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

module.exports = { buildKbText };
