import * as assert from 'node:assert/strict';
import type { Analyzer } from '../../../src/core/analysis/documentAnalyzer';
import type { AnalysisResult } from '../../../src/core/model/analysis';
import { analyzeInSlices, sliceAtParagraphs } from '../../../src/extension/analysis/slices';

const BRIEF = [
  'Officials in Valdoria reported 4,200 displaced residents after the floods.',
  'The ministry said repairs would cost about $18 million over two years.',
  '```\nraw table\n\nstill inside the fence\n```',
  'A second assessment, due in March, may revise the figures.',
].join('\n\n');

/** Records what it was asked; "analyses" by counting characters. */
function recordingAnalyzer(): { analyzer: Analyzer; calls: string[] } {
  const calls: string[] = [];
  const analyzer: Analyzer = {
    analyze(text: string): AnalysisResult {
      calls.push(text);
      return { engine: { version: 't', kb: 't' }, entities: [], claims: [] };
    },
  };
  return { analyzer, calls };
}

const run = { pause: () => Promise.resolve(), isCancelled: () => false };

describe('sliceAtParagraphs', () => {
  it('covers the text exactly, each slice ending at a blank line', () => {
    const slices = sliceAtParagraphs(BRIEF, 40);
    assert.equal(slices[0]?.start, 0);
    assert.equal(slices[slices.length - 1]?.end, BRIEF.length);
    for (let i = 1; i < slices.length; i++) assert.equal(slices[i]?.start, slices[i - 1]?.end);
    for (const s of slices.slice(0, -1)) assert.match(BRIEF.slice(s.start, s.end), /\n\n$/);
  });

  it('never cuts inside a fenced code block', () => {
    const slices = sliceAtParagraphs(BRIEF, 10);
    const fenceStart = BRIEF.indexOf('```');
    const fenceEnd = BRIEF.lastIndexOf('```');
    const holding = slices.filter((s) => s.start <= fenceStart && s.end > fenceStart);
    assert.equal(holding.length, 1);
    assert.ok((holding[0]?.end ?? 0) > fenceEnd, 'the fence ends inside the same slice');
  });

  it('keeps short texts and texts without blank lines in one slice', () => {
    assert.deepEqual(sliceAtParagraphs(BRIEF, 10_000), [{ start: 0, end: BRIEF.length }]);
    assert.deepEqual(sliceAtParagraphs('one line only', 3), [{ start: 0, end: 13 }]);
    assert.deepEqual(sliceAtParagraphs('', 3), [{ start: 0, end: 0 }]);
  });
});

describe('analyzeInSlices', () => {
  it('warms the analyser slice by slice and returns the whole-text analysis last', async () => {
    const { analyzer, calls } = recordingAnalyzer();
    const progress: number[] = [];
    const result = await analyzeInSlices(analyzer, BRIEF, {}, { ...run, sliceSize: 40, onProgress: (d) => progress.push(d) });
    assert.ok(result);
    assert.ok(calls.length > 2);
    assert.equal(calls[calls.length - 1], BRIEF);
    assert.equal(calls.slice(0, -1).join(''), BRIEF);
    assert.equal(progress[progress.length - 1], 1);
    assert.ok(progress.every((p, i) => i === 0 || p > (progress[i - 1] ?? 0)));
  });

  it('analyses once when the text fits in one slice', async () => {
    const { analyzer, calls } = recordingAnalyzer();
    await analyzeInSlices(analyzer, BRIEF, {}, { ...run, sliceSize: 100_000 });
    assert.deepEqual(calls, [BRIEF]);
  });

  it('stops and returns undefined once cancelled', async () => {
    const { analyzer, calls } = recordingAnalyzer();
    let cancelled = false;
    const result = await analyzeInSlices(analyzer, BRIEF, {}, {
      sliceSize: 40,
      isCancelled: () => cancelled,
      pause: () => { cancelled = true; return Promise.resolve(); },
    });
    assert.equal(result, undefined);
    assert.equal(calls.length, 1);
  });
});
