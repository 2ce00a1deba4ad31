// Re-anchoring every figure of the sample documents (written for ClaimLens)
// after the edits analysts' files typically go through outside the editor.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { reanchor } from '../../../src/core/anchoring/reanchor';
import { describeRange } from '../../../src/core/anchoring/selectors';

const SAMPLES = readdirSync('samples').filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md');

interface Case { readonly file: string; readonly text: string; readonly start: number; readonly end: number }

/** Every "<number> <word>" span ("100,000 troops", "3.1 per cent") of every sample. */
const cases: Case[] = SAMPLES.flatMap((file) => {
  const text = readFileSync(`samples/${file}`, 'utf8');
  return [...text.matchAll(/\d[\d,.]*\s?(?:%|per cent|[a-z]+)/g)].map((m) => ({ file, text, start: m.index, end: m.index + m[0].length }));
});

function failures(edit: (c: Case) => { text: string; expected: { start: number; end: number } | null }): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const { text, expected } = edit(c);
    const result = reanchor(text, describeRange(c.text, c));
    const got = result.status === 'anchored' ? { start: result.start, end: result.end } : null;
    if (JSON.stringify(got) !== JSON.stringify(expected)) out.push(`${c.file} “${c.text.slice(c.start, c.end)}”: got ${JSON.stringify(got)}`);
  }
  return out;
}

describe('re-anchoring the figures of the sample documents', () => {
  it('has enough figures to be a meaningful check', () => {
    assert.ok(SAMPLES.length >= 4 && cases.length >= 50, `${cases.length} figures in ${SAMPLES.length} samples`);
  });

  it('finds every figure after a paragraph is inserted above it', () => {
    const added = '\n\nEditor\'s note: an added paragraph with 12 new figures.\n\n';
    assert.deepEqual(failures((c) => {
      const at = c.text.lastIndexOf('\n', c.start) + 1;
      return { text: c.text.slice(0, at) + added + c.text.slice(at), expected: { start: c.start + added.length, end: c.end + added.length } };
    }), []);
  });

  it('finds every figure whose digit was changed in a file that also moved', () => {
    const preface = 'Preface.\n\n';
    assert.deepEqual(failures((c) => {
      const i = c.start + c.text.slice(c.start, c.end).search(/\d/);
      const digit = c.text[i] === '9' ? '8' : String(Number(c.text[i]) + 1);
      return {
        text: preface + c.text.slice(0, i) + digit + c.text.slice(i + 1),
        expected: { start: c.start + preface.length, end: c.end + preface.length },
      };
    }), []);
  });

  it('orphans a figure whose line was deleted, unless the same quote is still elsewhere', () => {
    assert.deepEqual(failures((c) => {
      const from = c.text.lastIndexOf('\n', c.start) + 1;
      const to = c.text.indexOf('\n', c.end) === -1 ? c.text.length : c.text.indexOf('\n', c.end);
      const text = c.text.slice(0, from) + c.text.slice(to);
      const quote = c.text.slice(c.start, c.end);
      // A repeated figure ("3 per cent" twice) may rightly land on its twin.
      const twin = text.indexOf(quote);
      const result = reanchor(text, describeRange(c.text, c));
      const expected = twin !== -1 && result.status === 'anchored' ? { start: result.start, end: result.end } : null;
      if (expected) assert.equal(text.slice(expected.start, expected.end), quote);
      return { text, expected };
    }), []);
  });
});
