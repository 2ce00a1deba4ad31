import * as assert from 'node:assert/strict';
import { documentIri, renderW3c } from '../../../src/core/export/w3cAnnotations';
import { DIGEST, DIGEST_PATH, exportInput, rangeOf } from './fixtures';

interface Selector { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }
interface Body { type: string; purpose: string; value?: string; source?: string }
interface Annotation {
  id: string; type: string; motivation: string; created: string; modified: string;
  body: Body[];
  target: { type: string; source: string; selector: Selector[] };
}
interface Collection {
  '@context': unknown[]; id: string; type: string; total: number;
  first: { id: string; type: string; startIndex: number; items: Annotation[] };
}

const collection = JSON.parse(renderW3c(exportInput())) as Collection;
const items = collection.first.items;

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection with one AnnotationPage and the anno.jsonld context first', () => {
    assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.match(collection.id, /^urn:claimlens:export:[0-9a-f]{32}$/);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.startIndex, 0);
    assert.equal(collection.total, items.length);
    assert.equal(items.length, 5);
  });

  it('gives every annotation the fields the model requires', () => {
    for (const a of items) {
      assert.match(a.id, /^urn:claimlens:tag:t-\d{4}$/);
      assert.equal(a.type, 'Annotation');
      assert.equal(a.target.type, 'SpecificResource');
      assert.ok(a.target.source.length > 0);
      assert.ok(a.body.length >= 1);
      for (const body of a.body) assert.ok(['tagging', 'commenting', 'identifying'].includes(body.purpose));
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      assert.ok(quote && typeof quote.exact === 'string' && typeof quote.prefix === 'string' && typeof quote.suffix === 'string');
    }
  });

  it('counts TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const trucks = items.find((a) => a.id === 'urn:claimlens:tag:t-0102');
    const position = trucks?.target.selector.find((s) => s.type === 'TextPositionSelector');
    const utf16 = rangeOf(DIGEST, '40 trucks');
    // Two astral emoji (🛰 and 📦) precede the quote: each is 2 UTF-16 units, 1 code point.
    assert.deepEqual({ start: position?.start, end: position?.end }, { start: utf16.start - 2, end: utf16.end - 2 });
    assert.equal([...DIGEST].slice(position!.start, position!.end).join(''), '40 trucks');
    assert.equal(trucks?.target.source, DIGEST_PATH.replace(' ', '%20'));
  });

  it('has tagging, commenting and identifying bodies with Wikidata IRIs for QIDs', () => {
    const troops = items.find((a) => a.id === 'urn:claimlens:tag:t-0001');
    assert.deepEqual(troops?.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'Disputed', format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q1234567' },
    ]);
    const velmora = items.find((a) => a.id === 'urn:claimlens:tag:t-0003');
    assert.equal(velmora?.body[1]?.source, 'urn:claimlens:kb:cl%3Avelmora');
    const people = items.find((a) => a.id === 'urn:claimlens:tag:t-0002');
    assert.equal(people?.body.find((b) => b.purpose === 'commenting')?.value, 'Which agencies? "estimate", not a count.');
  });

  it('percent-encodes each path segment so "#" and "?" stay part of the file name', () => {
    assert.equal(documentIri('notes/item #3?.md'), 'notes/item%20%233%3F.md');
  });

  it('is byte-identical for the same state', () => {
    assert.equal(renderW3c(exportInput()), renderW3c(exportInput()));
  });
});
