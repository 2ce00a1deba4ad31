// Pure helpers over analysis spans (no `vscode`, so unit tests run in Node).
import type { OffsetRange } from '../../core/model/analysis';

/**
 * The innermost span containing `offset`. A position at the very end of a
 * span still counts ("troops|" hovers "troops"), as editors do for words.
 */
export function spanAt<T extends OffsetRange>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const span of spans) {
    if (offset < span.start || offset > span.end) continue;
    if (best === undefined || span.end - span.start < best.end - best.start) best = span;
  }
  return best;
}
