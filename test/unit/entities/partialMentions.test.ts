import { strict as assert } from 'node:assert';
import { detect, mention, texts } from './helpers';

// Mentions that used to take only part of a phrase, or a marker for a whole entity.
describe('entities: counts, codes and currency markers', () => {
  it('takes the whole count into a group mention: compounds, ranges and proportions', () => {
    const drafts = detect('Twenty-five soldiers died; between 10 and 15 soldiers and nine out of ten residents fled, and from 20 to 30 civilians.');
    for (const group of ['Twenty-five soldiers', 'between 10 and 15 soldiers', 'nine out of ten residents', 'from 20 to 30 civilians']) {
      assert.equal(mention(drafts, group)?.type, 'organization', group);
    }
    assert.ok(!texts(drafts).some((t) => /^(?:five|15|ten|30) /.test(t)), texts(drafts).join(' | '));
  });

  it('takes spaced thousands whole, as the claim scanner reads them ("5 000 troops")', () => {
    const drafts = detect('The army sent 5 000 troops and 12\u00a0500 civilians.');
    assert.equal(mention(drafts, '5 000 troops')?.type, 'organization');
    assert.equal(mention(drafts, '12\u00a0500 civilians')?.type, 'organization');
    assert.ok(!texts(drafts).some((t) => /^(?:000|500) /.test(t)), texts(drafts).join(' | '));
  });

  it('reads no count into a model code ("F-16 fighters")', () => {
    assert.ok(!texts(detect('Pilots flew F-16 fighters and Su-35 fighters.')).some((t) => t.startsWith('16') || t.startsWith('35')));
  });

  it('takes no currency or unit marker for a name', () => {
    const drafts = detect('The US pledged US$3 billion, C$4 billion, NT$9 billion, AED 3.2 billion and Rs 500 crore for 1.5°C.');
    // Only the state acting at the start: "The US" (organisation) around "US" (place).
    assert.deepEqual(texts(drafts), ['The US', 'US']);
  });

  it('takes the currency codes the claims read as money for markers too ("SEK 40 million")', () => {
    assert.deepEqual(texts(detect('Donors gave SEK 40 million, NOK 12 million and SGD 5 million.')), []);
  });
});
