import * as assert from 'node:assert/strict';
import { formatKbDiagnostic } from '../../../src/core/kb/kbDiagnostic';
import { parseKb } from '../../../src/core/kb/parseKb';
import { fixtureText, miniKb } from './loadFixture';

describe('parseKb', () => {
  it('loads a valid file without diagnostics', () => {
    const parsed = parseKb(fixtureText('mini-kb.json'), 'mini-kb.json');
    assert.deepEqual(parsed.diagnostics, []);
    assert.equal(parsed.kb?.entities.length, 10);
    assert.equal(parsed.kb?.asOf, '2025-06-30');
  });

  it('reports invalid JSON with the file and the line of the error', () => {
    const parsed = parseKb(fixtureText('user-bad-syntax.json'), '.claimlens/kb/bad.json', { user: true });
    assert.equal(parsed.kb, null);
    assert.equal(parsed.diagnostics.length, 1);
    const [d] = parsed.diagnostics;
    assert.equal(d?.line, 4);
    assert.match(d?.message ?? '', /^invalid JSON: comma expected/);
    assert.match(formatKbDiagnostic(d!), /^\.claimlens\/kb\/bad\.json:4:\d+: error: invalid JSON/);
  });

  it('keeps the valid entries of a user file and reports each bad one at its line', () => {
    const text = fixtureText('user-mixed.json');
    const parsed = parseKb(text, 'team.json', { user: true });
    assert.deepEqual(parsed.kb?.entities.map((e) => e.id), ['team:acme', 'team:bad-fact', 'Q7747']);
    // A bad fact costs only that fact, not its entity.
    assert.deepEqual(parsed.kb?.entities[1]?.facts, []);
    assert.deepEqual(parsed.extensions.map((e) => e.id), ['Q423', 'team:nobody']);
    const lineOf = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const byMessage = (re: RegExp): number | undefined => parsed.diagnostics.find((d) => re.test(d.message))?.line;
    assert.equal(byMessage(/duplicate id "team:acme"/), lineOf('Acme duplicate'));
    assert.equal(byMessage(/"type" must be one of/), lineOf('team:wrong-type'));
    assert.equal(byMessage(/"asOf" as an ISO date/), lineOf('last year'));
    assert.ok(parsed.diagnostics.every((d) => d.origin === 'team.json' && d.severity === 'error'));
  });

  it('gives user facts without a source the file itself as source', () => {
    const parsed = parseKb(fixtureText('user-mixed.json'), 'team.json', { user: true });
    assert.equal(parsed.kb?.entities[0]?.facts[0]?.source, 'user:team.json');
  });

  it('requires a header and sources in a bundled file but not in a user file', () => {
    const text = '{"entities":[]}';
    assert.deepEqual(parseKb(text, 'u.json', { user: true }).diagnostics, []);
    const bundled = parseKb(text, 'kb.json').diagnostics.map((d) => d.message);
    assert.ok(bundled.some((m) => m.includes('formatVersion')));
  });

  it('refuses wrong top-level shapes and oversized texts without throwing', () => {
    assert.equal(parseKb('[1,2]', 'a.json').kb, null);
    assert.equal(parseKb('{"entities": {}}', 'b.json').kb, null);
    assert.equal(parseKb('{"formatVersion": 9, "entities": []}', 'c.json').kb, null);
    const big = parseKb(`{"entities":[${' '.repeat(2000)}]}`, 'big.json', { maxChars: 1000 });
    assert.equal(big.kb, null);
    assert.match(big.diagnostics[0]?.message ?? '', /too large/);
    assert.equal(parseKb('', 'empty.json').kb, null);
  });
});

describe('KnowledgeBase.merge', () => {
  const base = miniKb();
  const user = parseKb(fixtureText('user-mixed.json'), 'team.json', { user: true });
  const { kb, diagnostics } = base.merge([user]);

  it('adds new user entities and leaves the bundled KB untouched', () => {
    assert.equal(kb.lookup('Acme')[0]?.entity.id, 'team:acme');
    assert.equal(base.byId('team:acme'), undefined);
  });

  it('adds names from partial entries to bundled entities', () => {
    assert.equal(kb.lookup('Hermit Kingdom')[0]?.entity.id, 'Q423');
    assert.equal(kb.lookup('North Korea')[0]?.entity.id, 'Q423');
  });

  it('lets a full user entry override label and facts of the same property, keeping bundled names', () => {
    const putin = kb.byId('Q7747');
    assert.equal(putin?.label, 'Vladimir V. Putin');
    assert.deepEqual(putin?.facts.map((f) => f.value), ['President']);
    assert.equal(kb.lookup('Putin')[0]?.entity.id, 'Q7747');
    assert.equal(kb.lookup('VVP')[0]?.entity.id, 'Q7747');
  });

  it('warns about a partial entry whose id does not exist', () => {
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0]?.message ?? '', /"team:nobody"/);
    assert.equal(diagnostics[0]?.severity, 'warning');
  });

  it('keeps working when a user file could not be parsed at all', () => {
    const broken = parseKb(fixtureText('user-bad-syntax.json'), 'bad.json', { user: true });
    const merged = base.merge([broken, user]);
    assert.equal(merged.kb.lookup('Acme')[0]?.entity.id, 'team:acme');
    assert.equal(merged.kb.size, base.size + 2);
  });
});
