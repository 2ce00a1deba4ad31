import * as assert from 'node:assert/strict';
import { renderMarkdownReport } from '../../../src/core/export/markdownReport';
import { BRIEF_PATH, DIGEST_PATH, exportInput } from './fixtures';

describe('Markdown report', () => {
  const report = renderMarkdownReport(exportInput());

  it('groups claims by document, then by label', () => {
    const headings = report.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, [
      '# ClaimLens report',
      `## ${BRIEF_PATH}`,
      '### Disputed (1)',
      '### Key figure (1)',
      '### Source needed (1)',
      `## ${DIGEST_PATH}`,
      '### +1 Key figure (1)',
      '### To verify (1)',
    ]);
  });

  it('shows each claim with its sentence, record and KB link', () => {
    assert.match(report, /> The ministry said up to 100,000 troops were massed near the border, while an independent monitor counted nearly 40,000 troops on 12 March\./);
    assert.match(report, /- Record: count; up to 100000 troops; attributed to The ministry/);
    assert.match(report, /\[Velmora\]\(https:\/\/www\.wikidata\.org\/wiki\/Q1234567\)/);
  });

  it('escapes document and note text so it cannot inject links or HTML', () => {
    assert.ok(!report.includes('<script>'));
    assert.ok(report.includes('&lt;script&gt;'));
    assert.ok(report.includes('\\[link\\](http://x.invalid)'));
  });

  it('lists orphaned tags in their own group with the last known quote', () => {
    const claims = exportInput().claims.map((c) => (c.id === 't-0002' ? { ...c, orphaned: true } : c));
    const withOrphan = renderMarkdownReport(exportInput({ kind: 'workspace' }, claims));
    assert.match(withOrphan, /### Orphaned \(text not found\) \(1\)\n\n- \*\*“2\.3 million people”\*\* · position unknown/);
  });
});
