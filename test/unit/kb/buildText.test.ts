// Text the KB build writes: role titles with their place, descriptions of
// people from their roles, Factbook titles and demonyms cleaned up.
// Invented places, people and profiles.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const load = createRequire(__filename);

interface Entity { id: string; kind: string; label: string; names: { text: string; kind: string }[]; country?: string; facts: Fact[]; description?: string }
interface Fact { property: string; value: string; ref?: string; start?: string; end?: string; asOf: string; note?: string }
type Qualify = (title: string, ref: Entity | undefined) => string;

const { makeTitleQualifier, qualifyRoles } = load('../../../scripts/kb/roleTitles.js') as {
  makeTitleQualifier: (places: Entity[], byId: Map<string, Entity>) => Qualify;
  qualifyRoles: (person: Entity, byId: Map<string, Entity>, qualify: Qualify) => void;
};
const { describeFromRoles } = load('../../../scripts/kb/personDescriptions.js') as { describeFromRoles: (p: Entity, byId: Map<string, Entity>) => string | null };
const { cleanTitle } = load('../../../scripts/kb/leaders.js') as { cleanTitle: (t: string) => string };
const { factbookDemonyms } = load('../../../scripts/kb/factbook.js') as { factbookDemonyms: (profile: unknown) => string[] };

const place = (id: string, kind: string, label: string, names: string[] = []): Entity =>
  ({ id, kind, label, names: names.map((text) => ({ text, kind: 'alias' })), facts: [] });
const ruritania = place('c:ru', 'country', 'Ruritania', ['Kingdom of Ruritania']);
ruritania.names.push({ text: 'Ruritanian', kind: 'demonym' }, { text: 'Strelsau', kind: 'metonym' });
const unitedIsles = place('c:ui', 'country', 'United Isles');
const zenda = place('t:ze', 'territory', 'Zenda');
const ministry: Entity = { ...place('a:mod', 'agency', 'Ruritanian Ministry of War'), country: 'c:ru' };
const league = place('o:lg', 'intergovernmental', 'Invented League', ['IL']);
const all = [ruritania, unitedIsles, zenda, ministry, league];
const byId = new Map(all.map((e) => [e.id, e]));
const qualify = makeTitleQualifier([ruritania, unitedIsles, zenda], byId);

const role = (value: string, ref: string, extra: Partial<Fact> = {}): Fact => ({ property: 'role', value, ref, asOf: '2026-01-22', ...extra });

describe('KB build: role titles and person descriptions', () => {
  it('gives a bare title its place, with "the" where English needs it', () => {
    assert.equal(qualify('President', ruritania), 'President of Ruritania');
    assert.equal(qualify('Prime Minister', unitedIsles), 'Prime Minister of the United Isles');
    assert.equal(qualify('Minister of War', ministry), 'Minister of War of Ruritania', "an office of a ministry takes the ministry's country");
  });

  it('leaves a title alone that names its place, body or any other state', () => {
    assert.equal(qualify('Foreign Minister of Ruritania', ruritania), 'Foreign Minister of Ruritania');
    assert.equal(qualify('Ruritanian envoy', ruritania), 'Ruritanian envoy');
    assert.equal(qualify('Mayor of Strelsau', ruritania), 'Mayor of Strelsau');
    assert.equal(qualify('President of Ruritania', zenda), 'President of Ruritania', 'Xi for Hong Kong: "President of China"');
    assert.equal(qualify('Secretary General of the Invented League', league), 'Secretary General of the Invented League');
    assert.equal(qualify('Chair', league), 'Chair', 'an organisation without a country has no place to add');
    assert.equal(qualify('Pope', ruritania), 'Pope');
  });

  it('writes a territory held as head of another state as such', () => {
    const king: Entity = {
      ...place('p:k', 'person', 'Rudolf'), country: 'c:ru',
      facts: [role('King', 't:ze', { start: '2019-03-01', note: 'head of state' }), role('King', 'c:ru', { start: '2019-03-01', note: 'head of state' })],
    };
    qualifyRoles(king, byId, qualify);
    assert.deepEqual(king.facts.map((f) => [f.value, f.note]), [['Head of state of Zenda', 'as King of Ruritania'], ['King of Ruritania', 'head of state']]);
    assert.equal(describeFromRoles(king, byId), 'King of Ruritania (since 2019, as of 2026-01-22); and 1 other role.');
  });

  it('describes former office holders by title and years, one entry per title', () => {
    const pm: Entity = {
      ...place('p:pm', 'person', 'Michael'), country: 'c:ru',
      facts: [
        role('Prime Minister of Ruritania', 'c:ru', { start: '2013-06-27', end: '2013-09-18' }),
        role('Prime Minister of Ruritania', 'c:ru', { start: '2007-12-03', end: '2010-06-24' }),
        role('Minister of War of Ruritania', 'a:mod', { start: '2021-05', asOf: '2025-11' }),
      ],
    };
    assert.equal(describeFromRoles(pm, byId), 'Minister of War of Ruritania (since 2021, as of 2025-11); Prime Minister of Ruritania (2007–2010; 2013).');
    assert.equal(describeFromRoles({ ...pm, facts: [] }, byId), null);
  });

  it("drops a rank or honorific the Factbook writes before the holder's name", () => {
    assert.equal(cleanTitle('President of the National Council for the Safeguard of the Homeland General'), 'President of the National Council for the Safeguard of the Homeland');
    assert.equal(cleanTitle('Acting President Sr. Gen.'), 'Acting President');
    assert.equal(cleanTitle('Sultan and Prime Minister Sir'), 'Sultan and Prime Minister');
    assert.equal(cleanTitle('Secretary General'), 'Secretary General');
    assert.equal(cleanTitle('King'), 'King');
  });

  it("keeps a Factbook demonym's note but not a second nationality after ';'", () => {
    const profile = (noun: string, adjective: string): unknown => ({ data: { 'People and Society': { Nationality: { noun: { text: noun }, adjective: { text: adjective } } } } });
    assert.deepEqual(factbookDemonyms(profile('Zendan(s)', 'Zendan; Ruritanian')), ['Zendan', 'Zendans']);
    assert.deepEqual(factbookDemonyms(profile('Zendan(s)', 'Zendan; note - former term, Zendese, still used')), ['Zendan', 'Zendans', 'Zendese']);
  });
});
