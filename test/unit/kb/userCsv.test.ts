import * as assert from 'node:assert/strict';
import { parseUserKbCsv } from '../../../src/core/kb/parseUserKbCsv';
import { miniKb } from './loadFixture';

const CSV = [
  'name,type,label,id,kind,country',
  '# analysts of the Eastern desk, invented for tests',
  'Sergei Shoigu,person,Sergei Shoigu,,,Q159',
  'Shoigu,person,Sergei Shoigu',
  'Kim Jong-un,,,Q56226',
  '"Acme, Ltd.",organization,,,company',
  'Broken,vehicle',
  'Orphan,,',
  '',
].join('\r\n');

describe('parseUserKbCsv', () => {
  const parsed = parseUserKbCsv(CSV, 'desk.csv');

  it('groups rows by label into new entities with every name', () => {
    const shoigu = parsed.kb?.entities.find((e) => e.id === 'user:sergei-shoigu');
    assert.deepEqual(shoigu?.names.map((n) => n.text), ['Sergei Shoigu', 'Shoigu']);
    assert.equal(shoigu?.country, 'Q159');
    assert.equal(shoigu?.kind, 'person');
    const acme = parsed.kb?.entities.find((e) => e.label === 'Acme, Ltd.');
    assert.equal(acme?.kind, 'company');
  });

  it('turns rows with only an existing id into name additions', () => {
    assert.deepEqual(parsed.extensions.map((x) => [x.id, x.names.map((n) => n.text)]), [['Q56226', ['Kim Jong-un']]]);
  });

  it('reports bad rows with their line numbers and keeps the rest', () => {
    assert.deepEqual(parsed.diagnostics.map((d) => d.line), [7, 8]);
    assert.match(parsed.diagnostics[0]?.message ?? '', /"type" must be one of/);
  });

  it('merges into a KB so the new names resolve', () => {
    const { kb } = miniKb().merge([parsed]);
    assert.equal(kb.lookup('Shoigu')[0]?.entity.id, 'user:sergei-shoigu');
    assert.equal(kb.lookup('Kim Jong-un')[0]?.entity.id, 'Q56226');
  });

  it('needs a header with a name column and a closed quote', () => {
    assert.equal(parseUserKbCsv('label,type\nX,person\n', 'a.csv').kb, null);
    const open = parseUserKbCsv('name,type\n"Unclosed,person\n', 'b.csv');
    assert.equal(open.kb, null);
    assert.equal(open.diagnostics[0]?.line, 2);
  });
});
