import { strict as assert } from 'node:assert';
import { detectNames, mention, texts } from './helpers';

// People in hearings, bylines and signature lines; all names invented.
describe('entities: honorifics, labels and titles standing for people', () => {
  it('leaves "Rt Hon", "Sir" and "MP" out of the name', () => {
    const drafts = detectNames('Witnesses: Rt Hon Tamsin Orrell MP, Minister for the Navy, and Sir Odo Brannick.');
    assert.equal(mention(drafts, 'Tamsin Orrell')?.type, 'person');
    assert.equal(mention(drafts, 'Odo Brannick')?.type, 'person');
    assert.ok(!texts(drafts).some((t) => t.includes('Rt Hon') || t.includes('Sir ')));
  });

  it('reads a numbered speaker label without its question number', () => {
    const drafts = detectNames('Q7 Dame Vella Strand: What does it cost?');
    assert.equal(mention(drafts, 'Vella Strand')?.type, 'person');
    assert.equal(mention(drafts, 'Q7'), undefined);
  });

  it('types one-word titles used as labels, brackets and forms of address as people', () => {
    const drafts = detectNames('Present: Ms Ada Renn (Chair). Q2 Chair: Minister, welcome. Ada Renn: Thank you, Chair.');
    assert.equal(drafts.filter((d) => d.text === 'Chair' && d.type === 'person').length, 3);
    assert.equal(mention(drafts, 'Minister')?.type, 'person');
  });

  it('types a title whose head word is not its last ("the Secretary of State", "Deputy Chief of the Defence Staff")', () => {
    const drafts = detectNames('He wrote to the Secretary of State. Air Marshal Ivo Kest, Deputy Chief of the Defence Staff, replied.');
    assert.equal(mention(drafts, 'Secretary of State')?.type, 'person');
    assert.equal(mention(drafts, 'Deputy Chief of the Defence Staff')?.type, 'person');
    assert.equal(mention(drafts, 'Ivo Kest')?.type, 'person');
  });

  it('keeps a capitalised common word after a title out of the person ("the Chief Executive")', () => {
    const drafts = detectNames('The Chief Executive resigned and Chief Executive Pell Arno took over.');
    assert.equal(mention(drafts, 'Executive'), undefined);
    assert.equal(mention(drafts, 'Pell Arno')?.type, 'person');
  });

  it('finds the people of a byline and a signature line, which look like headings', () => {
    const drafts = detectNames('Harbour talks stall\n\nBy Lisbet Varga and Oren Maltby\n\nPress Statement\nHugo Ferrant, Secretary of State\n');
    assert.equal(mention(drafts, 'Lisbet Varga')?.type, 'person');
    assert.equal(mention(drafts, 'Oren Maltby')?.type, 'person');
    assert.equal(mention(drafts, 'Hugo Ferrant')?.type, 'person');
    // A title-case heading still names no one.
    assert.equal(mention(drafts, 'Harbour'), undefined);
  });
});
