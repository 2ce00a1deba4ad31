import * as assert from 'node:assert/strict';
import type { Migration } from '../../../src/core/store/migrations';
import { contentHash } from '../../../src/core/anchoring/contentHash';
import { parseStore } from '../../../src/core/store/parseStore';
import { serializeStore } from '../../../src/core/store/serializeStore';
import { STORE_FORMAT_VERSION } from '../../../src/core/store/storeFile';
import { isExportTimestamp } from '../../../src/core/store/timestamp';
import { BRIEF, BRIEF_PATH, briefTags } from './fixtures';

type Json = Record<string, unknown> & { claims: Record<string, unknown>[] };

function storeJson(): Json {
  const text = serializeStore({
    formatVersion: STORE_FORMAT_VERSION,
    document: { path: BRIEF_PATH, contentHash: contentHash(BRIEF) },
    claims: briefTags(),
  });
  return JSON.parse(text) as Json;
}

describe('parseStore', () => {
  it('refuses text that is not JSON, keeping the file read-only', () => {
    const result = parseStore('{"formatVersion": 1, "claims": [');
    assert.equal(result.store, null);
    assert.match(result.readOnlyReason ?? '', /not valid JSON/);
  });

  it('refuses a newer format version with a reason the analyst can act on', () => {
    const result = parseStore(JSON.stringify({ ...storeJson(), formatVersion: STORE_FORMAT_VERSION + 1 }));
    assert.equal(result.store, null);
    assert.match(result.readOnlyReason ?? '', /newer than this ClaimLens understands/);
  });

  it('reads the claims of a newer format that fit the current shape when asked, still read-only', () => {
    const json = storeJson();
    const [first, second] = json.claims;
    assert.ok(first && second);
    // A field a newer format added is ignored; a claim whose shape changed is left out.
    json.claims = [{ ...first, confidence: 0.9 }, { ...second, status: { code: 'open' } }];
    const result = parseStore(JSON.stringify({ ...json, formatVersion: STORE_FORMAT_VERSION + 1 }), { readNewer: true });
    assert.match(result.readOnlyReason ?? '', /newer than this ClaimLens understands/);
    assert.deepEqual(result.store?.claims.map((c) => c.id), [first.id]);
    assert.equal(result.store?.document.path, BRIEF_PATH);
    assert.ok(result.diagnostics.some((d) => d.path === '/formatVersion'));
  });

  it('refuses a file without a format version or with the wrong top-level shape', () => {
    assert.match(parseStore('[1,2]').readOnlyReason ?? '', /JSON object/);
    assert.match(parseStore('{"claims": []}').readOnlyReason ?? '', /formatVersion/);
    const noClaims = parseStore('{"formatVersion": 1, "document": {"path": "a.md", "contentHash": ""}}');
    assert.equal(noClaims.store, null);
    assert.deepEqual(noClaims.diagnostics.map((d) => d.path), ['/claims']);
  });

  it('keeps the valid claims of a damaged file but makes it read-only, naming each problem', () => {
    const json = storeJson();
    json.claims[0] = { ...json.claims[0], status: 'done', selectors: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 9, end: 3 } } };
    json.claims[2] = { ...json.claims[2], created: 'yesterday' };
    const result = parseStore(JSON.stringify(json));
    assert.deepEqual(result.store?.claims.map((c) => c.id), ['t-0003']);
    assert.deepEqual(result.diagnostics.map((d) => d.path), [
      '/claims/0/status', '/claims/0/selectors/position/end', '/claims/2/created',
    ]);
    assert.match(result.readOnlyReason ?? '', /2 of 3 tags .* invalid/);
  });

  it('rejects duplicate ids and wrong value types deep inside a claim', () => {
    const json = storeJson();
    json.claims[1] = { ...json.claims[1], id: json.claims[0]!.id };
    json.claims[0] = { ...json.claims[0], claim: { ...(json.claims[0]!.claim as object), max: '100000', hedges: [1] } };
    const result = parseStore(JSON.stringify(json));
    assert.deepEqual(result.diagnostics.map((d) => d.path), ['/claims/0/claim/max', '/claims/0/claim/hedges']);
    // The first claim is invalid, so the second keeps the id and is accepted.
    assert.deepEqual(result.store?.claims.map((c) => c.id), ['t-0001', 't-0002']);
    assert.ok(result.readOnlyReason);
  });

  it('refuses a second claim with the same id', () => {
    const json = storeJson();
    json.claims[2] = { ...json.claims[2], id: json.claims[0]!.id };
    const result = parseStore(JSON.stringify(json));
    assert.deepEqual(result.diagnostics.map((d) => `${d.path}: ${d.message}`), ['/claims/2/id: duplicate id t-0001']);
    assert.equal(result.store?.claims.length, 2);
    assert.ok(result.readOnlyReason);
  });

  it('migrates an older version step by step before validating', () => {
    // A made-up history: version 1 called the label "tag", version 2 renamed it.
    const json = storeJson();
    const v1 = { ...json, formatVersion: 1, claims: json.claims.map(({ label, ...rest }) => ({ ...rest, tag: label })) };
    const migrations = new Map<number, Migration>([
      [1, (raw) => ({
        ...raw,
        formatVersion: 2,
        claims: (raw.claims as Record<string, unknown>[]).map(({ tag, ...rest }) => ({ ...rest, label: tag })),
      })],
    ]);
    const result = parseStore(JSON.stringify(v1), { migrations, currentVersion: 2 });
    assert.equal(result.migrated, true);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.store?.claims.map((c) => c.label), ['Disputed', 'Key figure', 'Source needed']);
  });

  it('refuses an older version it has no migration for', () => {
    const result = parseStore(JSON.stringify(storeJson()), { migrations: new Map(), currentVersion: 2 });
    assert.match(result.readOnlyReason ?? '', /No migration from store format version 1/);
  });

  it('normalises the document path to workspace-relative with forward slashes', () => {
    const json = { ...storeJson(), document: { path: '.\\briefs\\northern-border.md', contentHash: 'sha256:00' } };
    assert.equal(parseStore(JSON.stringify(json)).store?.document.path, BRIEF_PATH);
  });

  it('reads a hand-edited time without seconds as the same instant in the export form', () => {
    const json = storeJson();
    json.claims[0] = { ...json.claims[0], created: '2026-11-26T09:15+02:00', modified: '2026-11-26T10:40Z' };
    const claim = parseStore(JSON.stringify(json)).store?.claims[0];
    assert.equal(claim?.created, '2026-11-26T07:15:00.000Z');
    assert.equal(claim?.modified, '2026-11-26T10:40:00.000Z');
    assert.ok(isExportTimestamp(claim.created) && isExportTimestamp(claim.modified));
  });
});
