// media/schemas/kb.schema.json is what VS Code uses to check analysts' files
// as they type: it must accept what parseKb accepts and flag what it rejects.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseKb } from '../../../src/core/kb/parseKb';
import { fixtureText } from './loadFixture';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'media', 'schemas', 'kb.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('KB JSON schema', () => {
  it('accepts a user file with a new entity and a partial entry, as parseKb does', () => {
    const text = fixtureText('user-good.json');
    assert.equal(validate(JSON.parse(text)), true, JSON.stringify(validate.errors));
    assert.deepEqual(parseKb(text, 'good.json', { user: true }).diagnostics, []);
  });

  it('accepts the bundled test fixture', () => {
    assert.equal(validate(JSON.parse(fixtureText('mini-kb.json'))), true, JSON.stringify(validate.errors));
  });

  it('flags the entries parseKb reports in a mixed file', () => {
    assert.equal(validate(JSON.parse(fixtureText('user-mixed.json'))), false);
    const paths = new Set((validate.errors ?? []).map((e) => e.instancePath));
    assert.ok(paths.has('/entities/2/type'), 'unknown entity type');
    assert.ok(paths.has('/entities/3/facts/0/asOf'), 'bad date');
  });

  it('rejects an entity with a label but no type or kind', () => {
    assert.equal(validate({ entities: [{ id: 'x', label: 'X' }] }), false);
  });
});
