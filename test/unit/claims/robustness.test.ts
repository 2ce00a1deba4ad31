import * as assert from 'node:assert/strict';
import { detectClaims } from '../../../src/core/claims/detectClaims';
import { claim, claimsIn, claimTexts } from './helpers';

describe('claims: messy text', () => {
  it('keeps offsets exact with CRLF line breaks', () => {
    const text = 'Summary\r\n\r\nSeoul says 10,000 troops moved.\r\nMoscow denies it; 300 km of track was cut.\r\n';
    const c = claim(text, '300 km');
    assert.equal(c.start, text.indexOf('300 km'));
    assert.equal(claim(text, '10,000 troops').start, text.indexOf('10,000'));
  });

  it('keeps offsets exact after emoji and other astral characters', () => {
    const text = '🚀🇰🇵 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: 5,000 troops crossed.';
    const c = claim(text, '5,000 troops');
    assert.equal(c.start, text.indexOf('5,000'));
    assert.equal(c.number.end, text.indexOf(' troops'));
  });

  it('reads non-breaking and narrow spaces inside a claim', () => {
    const c = claim('The reservoir holds 150,000,000\u00a0m3 and lies 8\u202fkm away.', '150,000,000\u00a0m3');
    assert.deepEqual([c.kind, c.value, c.unit], ['measure', 150000000, 'm3']);
    assert.equal(claim('It lies 8\u202fkm away.', '8\u202fkm').unit, 'km');
  });

  it('reads curly quotes and spaces before punctuation', () => {
    const c = claim('He said “up to 2,000 troops” were sent , and “£3m” paid.', 'up to 2,000 troops');
    assert.equal(c.max, 2000);
    assert.equal(claim('He said “up to 2,000 troops” were sent , and “£3m” paid.', '£3m').value, 3e6);
  });

  it('separates sentences glued without a space', () => {
    const text = 'Seoul counted 200 ships.Another 300 jets were seen.';
    const claims = claimsIn(text);
    assert.deepEqual(claims.map((c) => c.text), ['200 ships', 'Another 300 jets']);
    assert.notDeepEqual(claims[0]?.sentence, claims[1]?.sentence);
  });

  it('never puts Markdown syntax at the edge of a span', () => {
    const text = '## Costs\n\n- **100,000** troops, *up to* 5,000 tanks and _$2bn_ in aid.\n';
    const claims = claimsIn(text);
    assert.deepEqual(claims.map((c) => c.text), ['100,000', '5,000 tanks', '$2bn']);
    assert.equal(claims[0]?.unit, 'troops');
    assert.equal(claims[1]?.max, 5000);
    for (const c of claims) assert.ok(!/^[*_#`~]|[*_#`~]$/.test(c.text), c.text);
  });

  it('answers empty input and sentences outside the text', () => {
    assert.deepEqual(detectClaims({ text: '', sentences: [] }), []);
    assert.deepEqual(claimTexts(''), []);
    assert.deepEqual(detectClaims({ text: 'abc 5 ships', sentences: [{ start: 8, end: 40 }, { start: 3, end: 1 }] }), []);
  });

  it('answers a very long input without a crash', () => {
    const paragraph = 'Officials said up to 10,000 troops and $2bn in aid reached the port on 3 March 2024. ';
    const text = paragraph.repeat(20000) + '9'.repeat(50000) + ' ' + 'x'.repeat(100000);
    const claims = detectClaims({ text, sentences: [{ start: 0, end: text.length }] });
    assert.equal(claims.filter((c) => c.kind === 'money').length, 20000);
    assert.ok(claims.every((c) => c.end <= text.length));
  });
});
