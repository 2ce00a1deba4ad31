import * as assert from 'node:assert/strict';
import { createDocumentAnalyzer } from '../../../src/core/analysis/documentAnalyzer';
import { detectClaims } from '../../../src/core/claims/detectClaims';

// The analyser masks Markdown to spaces before detection and takes span texts
// from the original document: claim spans must still stop short of the markup.
describe('claims through the document analyser (Markdown)', () => {
  const analyzer = createDocumentAnalyzer({
    detectors: { detectEntities: () => [], detectClaims },
    engineVersion: 'test',
    kbVersion: 'test',
    cacheSize: 0,
  });

  it('keeps emphasis, headings and links out of claim spans', () => {
    const text = '## 2024 budget\n\n- **100,000** troops, *up to* 5,000 tanks and _$2bn_ in aid.\n- See [40 ships](https://example.org/7).\n';
    const result = analyzer.analyze(text, { languageId: 'markdown' });
    assert.deepEqual(result.claims.map((c) => c.text), ['2024', '100,000', '5,000 tanks', '$2bn', '40 ships']);
    for (const c of result.claims) {
      assert.equal(text.slice(c.start, c.end), c.text);
      assert.ok(!/[*_#[\]()]/.test(c.text), c.text);
    }
    assert.equal(result.claims[1]?.unit, 'troops');
    assert.equal(result.claims[2]?.max, 5000);
  });

  it('finds no claims in front matter or footnote marks', () => {
    const text = '---\ntitle: Report 2024\nversion: 3\n---\n\nThe navy lost 4 ships.[^2]\n\n[^2]: Four ships sank in 2019.\n';
    const result = analyzer.analyze(text, { languageId: 'markdown' });
    assert.deepEqual(result.claims.map((c) => c.text), ['4 ships', 'Four ships', '2019']);
  });
});
