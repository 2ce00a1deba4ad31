// The importer must refuse every ClaimLens export the committed schema refuses.
// Many broken variants of a real export are made mechanically (a member added
// to or removed from every object, every value replaced by one of another
// type or out of range, bad timestamps) and each is given to both ajv and the
// importer. The importer may be stricter (end before start, paths leaving the
// workspace: rules a JSON Schema cannot say), never laxer.
import * as assert from 'node:assert/strict';
import { renderExport } from '../../../src/core/export/renderExport';
import { parseImport } from '../../../src/core/import/parseImport';
import { planImport } from '../../../src/core/import/planImport';
import { BRIEF, BRIEF_PATH, exportInput } from '../export/fixtures';
import { validateExport } from '../export/exportSchema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const options = { now: '2026-11-26T12:00:00.000Z', analyst: 'importer' };

/** Every place in the document: its path and its value. */
function places(value: Json, path: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => places(v, [...path, i])));
  if (value !== null && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => places(v, [...path, k])));
  return here;
}

function withChange(doc: Json, path: (string | number)[], change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(doc);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path[path.length - 1]!);
  return copy;
}

/** Values of other types (and out-of-range numbers) to put in place of `value`. */
function replacements(value: Json): Json[] {
  if (typeof value === 'string') return [5, null, '', 'x'.repeat(100_001)];
  if (typeof value === 'number') return ['5', -1, 1.5, null];
  if (typeof value === 'boolean') return ['true', 0];
  if (value === null) return [{}, 'null', 0];
  if (Array.isArray(value)) return [{}, 'list', [7]];
  return [[], 'object'];
}

function variants(doc: Json): { what: string; doc: Json }[] {
  const out: { what: string; doc: Json }[] = [];
  for (const { path, value } of places(doc)) {
    const at = path.length === 0 ? '' : `/${path.join('/')}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out.push({ what: `${at}: unknown member`, doc: path.length === 0 ? { ...value, colour: 'red' } : withChange(doc, path, (p, k) => { (p[k] as Record<string, Json>).colour = 'red'; }) });
      for (const key of Object.keys(value)) out.push({ what: `${at}/${key}: removed`, doc: withChange(doc, [...path, key], (p, k) => { delete p[k]; }) });
    }
    if (path.length > 0) for (const r of replacements(value)) out.push({ what: `${at} = ${JSON.stringify(r).slice(0, 20)}`, doc: withChange(doc, path, (p, k) => { p[k] = r; }) });
  }
  const badTimes = ['2026-02-30T10:00:00.000Z', '2026-11-26T09:15Z', '2026-11-26T24:00:00Z', '2026-11-26 09:15:00Z', '2026-11-26T09:15:60Z', '2026-11-26T09:15:00', '2026-11-26t09:15:00z', '2026-11-26T09:15:00.1234567890Z'];
  for (const time of badTimes) out.push({ what: `created = ${time}`, doc: withChange(doc, ['claims', 0, 'created'], (p, k) => { p[k] = time; }) });
  out.push({ what: '$schema of another format', doc: { ...(doc as Record<string, Json>), $schema: 'https://json-schema.org/draft/2020-12/schema' } });
  return out;
}

describe('the importer and the export schema agree', () => {
  const exported = JSON.parse(renderExport('json', exportInput())) as Json;

  it('both accept the export itself, and a leap-year day and an offset', () => {
    assert.equal(validateExport(exported), true);
    assert.equal(parseImport(JSON.stringify(exported), options).ok, true);
    const leap = withChange(exported, ['claims', 0, 'modified'], (p, k) => { p[k] = '2028-02-29T23:59:59.5+05:30'; });
    assert.equal(validateExport(leap), true, JSON.stringify(validateExport.errors));
    assert.equal(parseImport(JSON.stringify(leap), options).ok, true);
  });

  it('the importer refuses every variant the schema refuses', () => {
    const all = variants(exported);
    const refusedBySchema = all.filter((v) => !validateExport(v.doc));
    assert.ok(refusedBySchema.length > 500, `enough broken variants (${refusedBySchema.length} of ${all.length})`);
    const accepted = refusedBySchema.filter((v) => parseImport(JSON.stringify(v.doc), options).ok).map((v) => v.what);
    assert.deepEqual(accepted, [], 'variants the schema refuses but the importer accepted');
  });

  it('turns another tool\'s minute-precision W3C times into ones the schema accepts, so the tag exports validly', () => {
    const foreign = {
      type: 'Annotation', id: 'https://annotations.example.invalid/a/9', created: '2026-11-26T09:15+02:00',
      body: { type: 'TextualBody', value: 'Disputed', purpose: 'tagging' },
      target: { source: BRIEF_PATH, selector: { type: 'TextQuoteSelector', exact: 'up to 100,000 troops' } },
    };
    const parsed = parseImport(JSON.stringify(foreign), options);
    assert.ok(parsed.ok);
    const plan = planImport([], parsed.candidates, new Map([[BRIEF_PATH, BRIEF]]));
    const claims = [...plan.changed.values()].flatMap((d) => d.claims);
    assert.deepEqual(claims.map((c) => [c.created, c.modified]), [['2026-11-26T07:15:00.000Z', '2026-11-26T07:15:00.000Z']]);
    const reexported = JSON.parse(renderExport('json', exportInput({ kind: 'workspace' }, claims))) as Json;
    assert.equal(validateExport(reexported), true, JSON.stringify(validateExport.errors));
  });
});
