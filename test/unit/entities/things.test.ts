import { strict as assert } from 'node:assert';
import { detectNames, mention, texts } from './helpers';

// Ships, weapons and agreements look like names of our types; invented sentences, fixture KB places.
describe('entities: names of things that are no person, place or organisation', () => {
  it('reads nothing into a ship name after a navy prefix', () => {
    const drafts = detectNames('HMS Duke of Moscow sailed with HMAS Ukraine and USS Halvard Brenn.');
    assert.deepEqual(texts(drafts), []);
  });

  it('drops a KB place naming an agreement, a numbered sequel or a ship class', () => {
    const drafts = detectNames('The Moscow Agreement, the Moscow accords and Moscow II failed; Moscow-class frigates sailed from Moscow.');
    assert.equal(drafts.filter((d) => d.text === 'Moscow').length, 1);
    assert.equal(mention(drafts, 'Moscow')?.start, 'The Moscow Agreement, the Moscow accords and Moscow II failed; Moscow-class frigates sailed from '.length);
  });

  it('types no model code or weapon acronym as an organisation or place', () => {
    const drafts = detectNames('They bought KX-9 rockets, B400M transports, 18 T7 howitzers and TALOS launchers; Valdar-3 missiles flew.');
    assert.deepEqual(texts(drafts), []);
    // A group named by a letter and number stays a group ("G20").
    assert.equal(mention(detectNames('Leaders of the G20 met.'), 'G20')?.type, 'organization');
  });

  it('keeps a unit\'s ordinal in its name', () => {
    const drafts = detectNames('The 1st Battalion and the 101st Airborne Division left on the 3rd day.');
    assert.equal(mention(drafts, '1st Battalion')?.type, 'organization');
    assert.equal(mention(drafts, '101st Airborne Division')?.type, 'organization');
  });

  it('keeps a capitalised weapon of common nouns from being a person', () => {
    assert.notEqual(mention(detectNames('The Iron Dome intercepted most rockets.'), 'Iron Dome')?.type, 'person');
  });
});
