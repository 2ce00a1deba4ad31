// Deterministic output: fixed key order, entities sorted by kind then id,
// names and facts in a stable order, one entity per line so diffs stay readable.
const { compactCities } = require('./compactCities');

const KIND_ORDER = [
  'country', 'territory', 'region', 'bloc', 'city', 'intergovernmental', 'alliance', 'agency', 'government-body',
  'armed-group', 'media', 'company', 'party', 'ngo', 'other-organization', 'nationality', 'person',
];
const ENTITY_KEYS = ['id', 'type', 'kind', 'label', 'description', 'country', 'names', 'facts'];
const NAME_KEYS = ['text', 'kind', 'sense'];
const FACT_KEYS = ['property', 'value', 'unit', 'asOf', 'start', 'end', 'ref', 'source', 'note'];
const NAME_KIND_ORDER = ['official', 'common', 'abbreviation', 'alias', 'former', 'surname', 'demonym', 'metonym'];

function pick(obj, keys) {
  const out = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normaliseEntity(e) {
  const names = e.names
    .map((n) => pick(n, NAME_KEYS))
    .sort((a, b) => NAME_KIND_ORDER.indexOf(a.kind) - NAME_KIND_ORDER.indexOf(b.kind) || cmp(a.text, b.text) || cmp(a.sense ?? '', b.sense ?? ''));
  // Facts keep their build order within a property (curated order means
  // something, e.g. roles in sequence); properties keep first-seen order.
  const order = new Map();
  for (const f of e.facts) if (!order.has(f.property)) order.set(f.property, order.size);
  const facts = e.facts
    .map((f, i) => ({ f: pick(f, FACT_KEYS), i }))
    .sort((a, b) => order.get(a.f.property) - order.get(b.f.property) || cmp(a.f.ref ?? '', b.f.ref ?? '') || a.i - b.i)
    .map((x) => x.f);
  return pick({ ...e, names, facts }, ENTITY_KEYS);
}

function serializeKb(kb) {
  const sorted = kb.entities
    .map(normaliseEntity)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || cmp(a.id, b.id));
  const { full, table } = compactCities(sorted);
  const header = pick(kb, ['$schema', 'formatVersion', 'version', 'asOf']);
  const head = JSON.stringify({ ...header, sources: [...kb.sources].sort((a, b) => cmp(a.id, b.id)) });
  const lines = full.map((e) => JSON.stringify(e));
  const cityHead = JSON.stringify({ asOf: table.asOf, source: table.source });
  const rows = table.rows.map((r) => JSON.stringify(r));
  return `${head.slice(0, -1)},"entities":[\n${lines.join(',\n')}\n],\n"compactCities":${cityHead.slice(0, -1)},"rows":[\n${rows.join(',\n')}\n]}}\n`;
}

module.exports = { serializeKb, normaliseEntity };
