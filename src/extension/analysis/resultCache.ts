// Last analysis per document, valid for exactly one document version. A
// newer version makes the entry stale; closing the document drops it.
import type { AnalysisResult } from '../../core/model/analysis';

interface Entry {
  readonly version: number;
  readonly result: AnalysisResult;
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();

  get(key: string, version: number): AnalysisResult | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version ? entry.result : undefined;
  }

  set(key: string, version: number, result: AnalysisResult): void {
    this.entries.set(key, { version, result });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
