// Big documents are analysed in slices so the extension host never blocks for
// long. The core analyser caches per paragraph, so analysing paragraph-aligned
// slices first and the whole text last gives exactly the whole-text result
// (document-level linking included) while each step stays short.
// Pure: no `vscode`; pausing and cancellation are injected.
import type { Analyzer, AnalyzeOptions } from '../../core/analysis/documentAnalyzer';
import type { AnalysisResult, OffsetRange } from '../../core/model/analysis';

export interface SliceRunOptions {
  /** Target slice length in UTF-16 units; a slice ends at a paragraph break. */
  readonly sliceSize: number;
  /** Lets the event loop breathe between slices (e.g. `setTimeout(…, 0)`). */
  readonly pause: () => Promise<void>;
  readonly isCancelled: () => boolean;
  /** Fraction done, 0…1, after each slice. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Cuts `text` into consecutive ranges of about `size` units, each ending at a
 * blank line, never inside a Markdown code fence (the masker must see a fence
 * whole). A single paragraph longer than `size` stays one slice.
 */
export function sliceAtParagraphs(text: string, size: number): OffsetRange[] {
  const slices: OffsetRange[] = [];
  const blank = /\r?\n[ \t\u00a0]*\r?\n/g;
  let start = 0;
  let inFence = false;
  let scanned = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    inFence = toggleFences(text.slice(scanned, m.index), inFence);
    scanned = m.index;
    const cut = m.index + m[0].length;
    if (!inFence && cut - start >= size) {
      slices.push({ start, end: cut });
      start = cut;
    }
  }
  if (start < text.length || slices.length === 0) slices.push({ start, end: text.length });
  return slices;
}

/** Flips the fence state once per ``` or ~~~ line opener in `chunk`. */
function toggleFences(chunk: string, inFence: boolean): boolean {
  const fences = chunk.match(/^[ \t]{0,3}(```|~~~)/gm);
  return fences !== null && fences.length % 2 === 1 ? !inFence : inFence;
}

/**
 * Warms the analyser slice by slice, then analyses the whole text (mostly
 * cache hits). Returns undefined when cancelled.
 */
export async function analyzeInSlices(
  analyzer: Analyzer,
  text: string,
  options: AnalyzeOptions,
  run: SliceRunOptions,
): Promise<AnalysisResult | undefined> {
  const slices = sliceAtParagraphs(text, run.sliceSize);
  if (slices.length > 1) {
    for (const [i, slice] of slices.entries()) {
      if (run.isCancelled()) return undefined;
      analyzer.analyze(text.slice(slice.start, slice.end), options);
      run.onProgress?.((i + 1) / (slices.length + 1));
      await run.pause();
    }
  }
  if (run.isCancelled()) return undefined;
  const result = analyzer.analyze(text, options);
  run.onProgress?.(1);
  return result;
}
