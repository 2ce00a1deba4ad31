// Builds media/kb/kb.json from the Factbook, pinned npm data packages and
// the curated files in kb/. Deterministic: the same inputs give the same bytes.
//   node scripts/kb/build.js           build, validate, write
//   node scripts/kb/build.js --check   build in memory, fail if the committed file differs
const fs = require('node:fs');
const zlib = require('node:zlib');
const { OUTPUT } = require('./constants');
const { assembleKb } = require('./assemble');
const { checkKb, countByKind } = require('./check');
const { serializeKb } = require('./serialize');
const { expandCities } = require('./compactCities');

/** Builds the KB text; throws with every validation problem when the KB is not fit to ship. */
function buildKbText() {
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

function main() {
  const check = process.argv.includes('--check');
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
