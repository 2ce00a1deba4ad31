import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, csvCell, renderCsv } from '../../../src/core/export/csv';
import { exportInput, parseCsv } from './fixtures';

describe('CSV export', () => {
  const text = renderCsv(exportInput());
  const rows = parseCsv(text.slice(1));
  const header = rows[0]!;
  const byId = new Map(rows.slice(1).map((r) => [r[header.indexOf('id')]!, r]));
  const cell = (id: string, column: string): string => byId.get(id)![header.indexOf(column)]!;

  it('starts with a UTF-8 byte-order mark and a header, one CRLF row per claim', () => {
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.deepEqual(header, CSV_COLUMNS);
    assert.equal(rows.length, 6);
    assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
  });

  it('keeps quotes, commas and line breaks inside one cell', () => {
    assert.equal(cell('t-0102', 'note').split('\n')[0], 'Convoy size, "per office",');
    assert.equal(cell('t-0002', 'note'), 'Which agencies? "estimate", not a count.');
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
