import * as assert from 'node:assert/strict';
import { normalizedTimestamp } from '../../../src/core/store/timestamp';

describe('normalizedTimestamp', () => {
  it('keeps a timestamp already in the export form and writes another tool\'s instant as toISOString does', () => {
    assert.equal(normalizedTimestamp('2026-11-26T09:15:00.000Z'), '2026-11-26T09:15:00.000Z');
    assert.equal(normalizedTimestamp('2026-11-26T09:15:30.123456789-05:00'), '2026-11-26T09:15:30.123456789-05:00');
    assert.equal(normalizedTimestamp('2026-11-26T09:15+02:00'), '2026-11-26T07:15:00.000Z');
  });

  it('gives no instant for what a store could not hold: no zone, a bare date, or more than nine fraction digits', () => {
    assert.equal(normalizedTimestamp('Nov 26 2026 09:15'), undefined);
    assert.equal(normalizedTimestamp('2026-11-26T09:15:00'), undefined);
    assert.equal(normalizedTimestamp('2026-11-26'), undefined);
    assert.equal(normalizedTimestamp('2026-11-26T09:15:00.1234567890Z'), undefined);
  });
});
