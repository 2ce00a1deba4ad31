import * as assert from 'node:assert/strict';
import { renderClaimLensJson } from '../../../src/core/export/claimLensJson';
import { EXPORT_SCHEMA as schema, validateExport as validate } from './exportSchema';
import { BRIEF_PATH, DIGEST_PATH, exportInput, workspaceClaims } from './fixtures';

interface Exported {
  $schema: string;
  provenance: { detector: Record<string, unknown> };
  claims: { id: string; document: { path: string }; range: { start: { line: number; character: number } } | null }[];
}

describe('ClaimLens JSON export', () => {
  it('validates, date-time formats included, against the committed schema it names in $schema', () => {
    const scopes = [{ kind: 'workspace' }, { kind: 'document', path: DIGEST_PATH }, { kind: 'filter', description: 'all', predicate: () => true }] as const;
    for (const scope of scopes) {
      const json = JSON.parse(renderClaimLensJson(exportInput(scope))) as Exported;
      assert.equal(validate(json), true, JSON.stringify(validate.errors));
      assert.equal(json.$schema, schema.$id);
    }
    const noDocuments = JSON.parse(renderClaimLensJson({ ...exportInput(), documents: new Map() })) as unknown;
    assert.equal(validate(noDocuments), true, JSON.stringify(validate.errors));
  });

  it('is refused by the schema when a timestamp is no real date-time (the format is checked, not skipped)', () => {
    const json = JSON.parse(renderClaimLensJson(exportInput())) as { claims: { created: string }[] };
    json.claims[0]!.created = '2026-02-30T10:00:00.000Z';
    assert.equal(validate(json), false);
  });

  it('gives byte-identical output for the same state, whatever the order tags and settings came in', () => {
    const shuffled = exportInput({ kind: 'workspace' }, [...workspaceClaims()].reverse());
    const reordered = { ...shuffled, provenance: { ...shuffled.provenance, detector: { engine: '0.1.0', languages: ['plaintext', 'markdown'] } } };
    assert.equal(renderClaimLensJson(reordered), renderClaimLensJson(exportInput()));
  });

  it('orders claims by document and position and gives VS Code line/character ranges', () => {
    const json = JSON.parse(renderClaimLensJson(exportInput())) as Exported;
    assert.deepEqual(json.claims.map((c) => c.id), ['t-0001', 't-0003', 't-0002', 't-0101', 't-0102']);
    // "up to 100,000 troops" is on line 2 (0-based) after "The ministry said ".
    assert.deepEqual(json.claims[0]?.range?.start, { line: 2, character: 'The ministry said '.length });
    // CRLF counts as one line break; "40 trucks" is on the third line of the digest.
    const trucks = json.claims.find((c) => c.id === 't-0102');
    assert.equal(trucks?.range?.start.line, 2);
    assert.deepEqual(Object.keys(json.provenance.detector), ['engine', 'languages']);
  });

  it('exports one document or a filter when asked', () => {
    const one = JSON.parse(renderClaimLensJson(exportInput({ kind: 'document', path: DIGEST_PATH }))) as Exported;
    assert.deepEqual(one.claims.map((c) => c.document.path), [DIGEST_PATH, DIGEST_PATH]);
    const filtered = JSON.parse(renderClaimLensJson(exportInput({
      kind: 'filter', description: 'label: Disputed', predicate: (c) => c.label === 'Disputed',
    }))) as Exported & { scope: unknown };
    assert.deepEqual(filtered.claims.map((c) => `${c.document.path}#${c.id}`), [`${BRIEF_PATH}#t-0001`]);
    assert.deepEqual(filtered.scope, { kind: 'filter', description: 'label: Disputed' });
  });

  it('writes a null range for a tag whose document is missing', () => {
    const input = { ...exportInput(), documents: new Map() };
    const json = JSON.parse(renderClaimLensJson(input)) as Exported;
    assert.ok(json.claims.every((c) => c.range === null));
  });
});
