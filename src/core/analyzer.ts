// The engine's front door, shared by the extension and the CLI:
//   createAnalyzer({ kb }).analyze(text, { languageId: 'markdown' })
// wires the entity and claim detectors into the document analyser (Markdown
// masking, per-paragraph cache, ids, claim→entity links).

import type { Analyzer } from './analysis/documentAnalyzer';
import type { EntityKb } from './entities/kbView';
import { createDocumentAnalyzer } from './analysis/documentAnalyzer';
import { detectClaims } from './claims/detectClaims';
import { detectEntities } from './entities/detectEntities';
import { ENGINE_VERSION } from './version';

export type { Analyzer, AnalyzeOptions, LanguageId } from './analysis/documentAnalyzer';

/** What the analyser needs of a knowledge base; the shipped `KnowledgeBase` fits. */
export type AnalyzerKb = EntityKb & { readonly version: string };

export interface CreateAnalyzerOptions {
  readonly kb: AnalyzerKb;
  /** Paragraphs kept in the per-paragraph cache (default 4096). */
  readonly cacheSize?: number;
}

export function createAnalyzer(options: CreateAnalyzerOptions): Analyzer {
  const { kb } = options;
  return createDocumentAnalyzer({
    detectors: {
      // Unconfirmed sentence starts go to the document-level linker, which keeps or drops them.
      detectEntities: (input) => detectEntities(input, kb, { unconfirmed: true }),
      detectClaims: (input) => detectClaims(input),
    },
    engineVersion: ENGINE_VERSION,
    kbVersion: kb.version,
    cacheSize: options.cacheSize,
  });
}
