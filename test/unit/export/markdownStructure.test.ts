// The report through an independent CommonMark parser (markdown-it): a
// sentence from a document must stay text inside its quote, whatever it
// starts with — list markers, numbers with a dot, rules, heading and quote marks.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { renderMarkdownReport } from '../../../src/core/export/markdownReport';
import { createTaggedClaim } from '../../../src/core/store/createTaggedClaim';
import { exportInput } from './fixtures';

/** Sentences that start like Markdown structure, each around the figure tagged in it. */
const SENTENCES = [
  '- 40 trucks reached Gao on Monday.',
  '1. 40 trucks reached Gao on Monday.',
  '2) 40 trucks reached Gao on Monday.',
  '+ 40 trucks reached Gao on Monday.',
  '* 40 trucks reached Gao on Monday.',
  '# 40 trucks reached Gao on Monday.',
  '> 40 trucks reached Gao on Monday.',
  '=== 40 trucks reached Gao on Monday.',
  '--- 40 trucks ---',
  '=',
];

function reportOf(sentences: readonly string[]): string {
  const claims = sentences.map((text, i) => {
    const exact = text === '=' ? '=' : '40 trucks';
    const start = text.indexOf(exact);
    return createTaggedClaim({
      id: `t-${String(i).padStart(4, '0')}`, text, documentPath: `notes/n${i}.md`, range: { start, end: start + exact.length },
      label: 'To verify', analyst: 'desk-3', now: '2026-11-26T09:00:00.000Z',
    });
  });
  // No document text: the quote's own context is the sentence shown.
  return renderMarkdownReport({ ...exportInput({ kind: 'workspace' }, claims), documents: new Map() });
}

/** The tokens inside each blockquote, and the plain text of its paragraph. */
function quotes(tokens: readonly Token[]): { types: string[]; text: string }[] {
  const out: { types: string[]; text: string }[] = [];
  let current: { types: string[]; text: string } | undefined;
  for (const t of tokens) {
    if (t.type === 'blockquote_open') current = { types: [], text: '' };
    else if (t.type === 'blockquote_close' && current) {
      out.push(current);
      current = undefined;
    } else if (current) {
      current.types.push(t.type);
      if (t.type === 'inline') current.text += (t.children ?? []).map((c) => c.content).join('');
    }
  }
  return out;
}

describe('Markdown report structure (checked with markdown-it)', () => {
  it('keeps every sentence a plain paragraph inside its quote, with its text unchanged', () => {
    const found = quotes(new MarkdownIt().parse(reportOf(SENTENCES), {}));
    assert.equal(found.length, SENTENCES.length);
    for (const [i, q] of found.entries()) {
      assert.deepEqual(q.types, ['paragraph_open', 'inline', 'paragraph_close'], `quote of “${SENTENCES[i]}”`);
      assert.equal(q.text, SENTENCES[i]);
    }
  });

  it('needs the escape: unescaped, the same sentences become lists, headings and rules', () => {
    const unescaped = reportOf(SENTENCES).replace(/^( {2}> )\\/gm, '$1').replace(/^( {2}> \d)\\/gm, '$1');
    const structures = quotes(new MarkdownIt().parse(unescaped, {})).filter((q) => q.types.join() !== 'paragraph_open,inline,paragraph_close');
    assert.ok(structures.length >= 4, `the parser reads structure into ${structures.length} unescaped quotes`);
  });
});
