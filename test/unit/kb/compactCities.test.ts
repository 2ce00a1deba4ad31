// The bundled KB ships its plain cities as rows; loading must give back
// exactly the entities the build validated, and bad rows in any file are
// reported without costing the rest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import type { KbEntity } from '../../../src/core/kb/kbTypes';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { parseKb } from '../../../src/core/kb/parseKb';
import { BUNDLED_KB_PATH } from './loadFixture';

const load = createRequire(__filename);
const { expandCities } = load('../../../scripts/kb/compactCities.js') as { expandCities: (kb: unknown) => { entities: KbEntity[] } };

const header = { formatVersion: 1, version: 't', asOf: '2025-01', sources: [{ id: 'g', title: 'GeoNames', license: 'CC-BY-4.0' }] };
const country: KbEntity = { id: 'c:ua', type: 'place', kind: 'country', label: 'Ukraine', description: '', names: [], facts: [] };
const capital: KbEntity = { id: 'cl:city:ua:kyiv', type: 'place', kind: 'city', label: 'Kyiv', description: 'Capital of Ukraine.', names: [], facts: [], country: 'c:ua' };
/** An entity as JSON sees it: a row city makes its fact when read, so compare what it prints. */
const plain = (e: KbEntity | undefined): unknown => (e === undefined ? undefined : JSON.parse(JSON.stringify(e)));
const org: KbEntity = { id: 'o:1', type: 'organization', kind: 'ngo', label: 'Aid Group', description: '', names: [], facts: [] };

describe('compact city rows', () => {
  it('load into the same entities the build expands them to', () => {
    const text = fs.readFileSync(BUNDLED_KB_PATH, 'utf8');
    const loaded = parseKb(text, 'kb.json').kb?.entities ?? [];
    const built = expandCities(JSON.parse(text)).entities;
    assert.equal(loaded.length, built.length);
    const byId = new Map(built.map((e) => [e.id, e]));
    for (const e of loaded) assert.deepEqual(plain(e), byId.get(e.id), e.id);
    assert.ok(loaded.filter((e) => e.kind === 'city').length > 8000, 'the compact rows hold most cities');
  });

  it('expand a row with its country, description, aliases and dated population, merged among cities by id', () => {
    const kb = {
      ...header,
      entities: [country, capital, org],
      compactCities: { asOf: '2024-12', source: 'g', rows: [['cl:city:ua:bakhmut', 'Bakhmut', 'c:ua', 80500, 'Artemivsk'], ['cl:city:ua:zhytomyr', 'Zhytomyr', 'c:ua', 260000]] },
    };
    const parsed = parseKb(JSON.stringify(kb), 'kb.json');
    assert.deepEqual(parsed.diagnostics, []);
    const entities = parsed.kb?.entities ?? [];
    assert.deepEqual(entities.map((e) => e.id), ['c:ua', 'cl:city:ua:bakhmut', 'cl:city:ua:kyiv', 'cl:city:ua:zhytomyr', 'o:1']);
    assert.deepEqual(plain(entities[1]), {
      id: 'cl:city:ua:bakhmut', type: 'place', kind: 'city', label: 'Bakhmut', description: 'City in Ukraine.', country: 'c:ua',
      names: [{ text: 'Artemivsk', kind: 'alias' }],
      facts: [{ property: 'population', value: 80500, unit: 'people', asOf: '2024-12', source: 'g' }],
    });
  });

  it("makes a row city's population fact once, and keeps it through an analyst's additions", () => {
    const kb = { ...header, entities: [country], compactCities: { asOf: '2024-12', source: 'g', rows: [['cl:city:ua:bakhmut', 'Bakhmut', 'c:ua', 80500]] } };
    const parsed = parseKb(JSON.stringify(kb), 'kb.json', { bundled: true });
    const city = parsed.kb?.entities.find((e) => e.id === 'cl:city:ua:bakhmut');
    assert.ok(city !== undefined);
    assert.equal(city.facts, city.facts, 'the same array on every read');
    assert.deepEqual(city.facts, [{ property: 'population', value: 80500, unit: 'people', asOf: '2024-12', source: 'g' }]);
    const user = parseKb(JSON.stringify({ entities: [{ id: 'cl:city:ua:bakhmut', names: [{ text: 'Artemivsk', kind: 'former' }] }] }), 'mine.json', { user: true });
    const merged = new KnowledgeBase(parsed.kb ?? { ...header, entities: [] }).merge([user]).kb.byId('cl:city:ua:bakhmut');
    assert.deepEqual(merged?.facts.map((f) => f.value), [80500]);
    assert.deepEqual(merged?.names.map((n) => n.text), ['Artemivsk']);
    assert.equal(merged?.kind, 'city');
  });

  it('reports rows with an unknown country, a missing population or a taken id, and keeps the rest', () => {
    const kb = {
      ...header,
      entities: [country, capital],
      compactCities: { asOf: '2024-12', source: 'g', rows: [['x:1', 'Nowhere', 'c:zz', 1000], ['x:2', 'Half', 'c:ua'], ['cl:city:ua:kyiv', 'Kyiv', 'c:ua', 5], ['x:3', 'Fine', 'c:ua', 7]] },
    };
    const parsed = parseKb(JSON.stringify(kb, null, 1), 'kb.json');
    assert.equal(parsed.diagnostics.length, 3);
    assert.ok(parsed.diagnostics.every((d) => d.severity === 'error' && d.line > 1), 'each problem points at its row');
    assert.deepEqual(parsed.kb?.entities.map((e) => e.id), ['c:ua', 'cl:city:ua:kyiv', 'x:3']);
  });
});
