// The CSV export read back by an independent, maintained RFC 4180 parser
// (csv-parse), as a spreadsheet or a script would read it.
import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvCell, renderCsv } from '../../../src/core/export/csv';
import { createTaggedClaim } from '../../../src/core/store/createTaggedClaim';
import { exportInput } from './fixtures';

/** Strict reading: every row as long as the header, quotes only where RFC 4180 allows them. */
function readCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false, relax_quotes: false, record_delimiter: '\r\n' }) as string[][];
}

describe('CSV export', () => {
  const text = renderCsv(exportInput());
  const rows = readCsv(text);
  const header = rows[0]!;
  const byId = new Map(rows.slice(1).map((r) => [r[header.indexOf('id')]!, r]));
  const cell = (id: string, column: string): string => byId.get(id)![header.indexOf(column)]!;

  it('starts with a UTF-8 byte-order mark and a header, one CRLF row per claim', () => {
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.equal(text.slice(1, 1 + 'document,'.length), 'document,', 'the mark is not inside the first cell');
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(header, CSV_COLUMNS);
    assert.equal(rows.length, 6);
    assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
  });

  it('keeps quotes, commas and line breaks inside one cell', () => {
    assert.equal(cell('t-0102', 'note').split('\n')[0], 'Convoy size, "per office",');
    assert.equal(cell('t-0002', 'note'), 'Which agencies? "estimate", not a count.');
  });

  it('gives back exactly the text that went in: quotes, commas, CRLF, LF and lone CR, non-Latin scripts, emoji', () => {
    const doc = 'Штаб: 1 200 человек; 北京: 三千人; القاهرة: ٣٠٠ شخص 🛰️ 40 trucks.';
    const notes = ['He said "about 40, maybe 45".', 'line one\r\nline two\nline three\rline four', '"', ',', ' leading and trailing spaces ', 'Київ, «цитата» — 👍🏽'];
    const claims = notes.map((note, i) => createTaggedClaim({
      id: `t-${i}`, text: doc, documentPath: 'notes/mixed scripts, "quoted".md', range: { start: doc.indexOf('北京'), end: doc.indexOf('北京') + 2 },
      label: 'Check, then "verify"', analyst: 'м.иванова', now: '2026-11-26T09:00:00.000Z', note,
    }));
    const input = { ...exportInput({ kind: 'workspace' }, claims), documents: new Map([['notes/mixed scripts, "quoted".md', doc]]) };
    const [head, ...body] = readCsv(renderCsv(input));
    const column = (name: string): string[] => body.map((r) => r[head!.indexOf(name)]!);
    assert.deepEqual(column('note'), notes);
    assert.deepEqual(new Set(column('document')), new Set(['notes/mixed scripts, "quoted".md']));
    assert.deepEqual(new Set(column('label')), new Set(['Check, then "verify"']));
    assert.deepEqual(new Set(column('quote')), new Set(['北京']));
    assert.deepEqual(new Set(column('analyst')), new Set(['м.иванова']));
    assert.deepEqual(new Set(column('sentence')), new Set([doc]));
  });

  it('keeps non-Latin text and emoji intact', () => {
    assert.equal(cell('t-0101', 'quote'), '1 200 человек');
    assert.equal(cell('t-0101', 'analyst'), 'м.иванова');
    assert.match(cell('t-0101', 'sentence'), /^Мэр Харькова сообщил, что 1 200 человек эвакуированы\./);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    assert.equal(cell('t-0101', 'note'), `'=HYPERLINK("http://example.invalid","click")`);
    assert.equal(cell('t-0102', 'label'), `'+1 Key figure`);
    assert.equal(csvCell('@SUM(A1:A9)'), `'@SUM(A1:A9)`);
    assert.equal(csvCell('-2+3'), `'-2+3`);
    assert.equal(csvCell('\t=1'), "'\t=1");
  });

  it('writes numbers from the parsed record as numbers, empty for null', () => {
    assert.equal(cell('t-0001', 'max'), '100000');
    assert.equal(cell('t-0001', 'value'), '');
    assert.equal(cell('t-0001', 'entities'), 'Velmora (Q1234567)');
    assert.equal(csvCell(-5), '-5');
  });
});
