// Assembles one document's analysis from two paragraph-level detectors:
// mask Markdown → split paragraphs → per paragraph (cached) detect → shift
// offsets → link short mentions across paragraphs → number in document order
// → attach each claim to the entity mentions of its sentence.
// The detectors are injected so this file knows nothing about how they work.

import type { ClaimDraft, DetectionInput, EntityDraft } from '../detect/drafts';
import type { AnalysisResult, EntityMention, NumericClaim, OffsetRange } from '../model/analysis';
import { maskInlineMarkup, maskMarkdown } from '../text/markdown';
import { splitParagraphs } from '../text/paragraphs';
import { splitSentences } from '../text/sentences';
import { linkShortMentions } from './coreference';
import { linkInitials } from './initials';
import { LruCache } from './lruCache';
import { shiftClaim, shiftEntity } from './shift';

export type LanguageId = 'markdown' | 'plaintext';

export interface AnalyzeOptions {
  /** Markdown syntax is masked before detection (in plaintext only emphasis and table pipes); default plaintext. */
  readonly languageId?: LanguageId;
}

export interface Detectors {
  readonly detectEntities: (input: DetectionInput) => EntityDraft[];
  readonly detectClaims: (input: DetectionInput) => ClaimDraft[];
}

export interface DocumentAnalyzerOptions {
  readonly detectors: Detectors;
  readonly engineVersion: string;
  readonly kbVersion: string;
  /** Paragraphs kept in the cache; about 1 KB of drafts each. */
  readonly cacheSize?: number;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
}

/** Detector output for one paragraph, offsets relative to the paragraph start. */
interface ParagraphResult {
  readonly entities: readonly EntityDraft[];
  readonly claims: readonly ClaimDraft[];
}

const DEFAULT_CACHE_SIZE = 4096;

export function createDocumentAnalyzer(options: DocumentAnalyzerOptions): Analyzer {
  const { detectors, engineVersion, kbVersion } = options;
  const cache = new LruCache<string, ParagraphResult>(options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const engine = { version: engineVersion, kb: kbVersion };

  const analyzeParagraph = (original: string, masked: string): ParagraphResult => {
    // The key holds both texts only when masking changed something, so a
    // plain paragraph costs one string.
    const cacheKey = original === masked ? original : `${original}\u0000${masked}`;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    // Sentences come from the original (headings and list markers end them),
    // detection runs on the masked copy (no Markdown inside spans).
    const sentences = splitSentences(original);
    const input: DetectionInput = original === masked ? { text: masked, sentences } : { text: masked, sentences, original };
    const result: ParagraphResult = {
      entities: detectors.detectEntities(input),
      claims: detectors.detectClaims(input),
    };
    cache.set(cacheKey, result);
    return result;
  };

  return {
    analyze(text: string, opts?: AnalyzeOptions): AnalysisResult {
      const masked = opts?.languageId === 'markdown' ? maskMarkdown(text) : maskInlineMarkup(text);
      const entityDrafts: EntityDraft[] = [];
      const claimDrafts: ClaimDraft[] = [];
      for (const paragraph of splitParagraphs(text)) {
        const result = analyzeParagraph(
          text.slice(paragraph.start, paragraph.end),
          masked.slice(paragraph.start, paragraph.end),
        );
        for (const e of sortedSpans(result.entities)) entityDrafts.push(shiftEntity(e, paragraph.start, text));
        for (const c of sortedSpans(result.claims)) claimDrafts.push(shiftClaim(c, paragraph.start, text));
      }
      const entities = numberEntities(linkInitials(linkShortMentions(entityDrafts, text), text));
      const claims = numberClaims(claimDrafts, entities, text);
      return { engine, entities, claims };
    },
  };
}

function sortedSpans<T extends { readonly start: number; readonly end: number }>(spans: readonly T[]): readonly T[] {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1] as T;
    const b = spans[i] as T;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) {
      return [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
    }
  }
  return spans;
}

/**
 * A group mention built on a claim's own number ("100,000 troops", or
 * "12,000 troops" inside "between 10,000 and 12,000 troops") is the claim
 * restated, not something the claim is about: any overlap counts, not only
 * containment, as a group may start inside the number ("000 and 12,000 troops").
 */
export function restatesNumber(mention: OffsetRange, number: OffsetRange): boolean {
  return mention.start < number.end && number.start < mention.end;
}

function numberEntities(drafts: readonly EntityDraft[]): EntityMention[] {
  return drafts.map((d, i) => ({ id: `e${i}`, ...d }));
}

/** Inside the attribution, or its bracketed abbreviation right after it ("… Service (NIS)"). */
function inAttribution(e: OffsetRange, attribution: OffsetRange, text: string): boolean {
  if (e.start < attribution.start) return false;
  if (e.end <= attribution.end) return true;
  return e.start - attribution.end <= 4 && /^\s*\(\s*$/.test(text.slice(attribution.end, e.start));
}

/** Claims get ids in order and the ids of the entity mentions of their sentence, outside its attribution. */
function numberClaims(drafts: readonly ClaimDraft[], entities: readonly EntityMention[], text: string): NumericClaim[] {
  const out: NumericClaim[] = [];
  // Both lists are in document order, so one forward-moving cursor suffices.
  let first = 0;
  for (const [i, d] of drafts.entries()) {
    while (first < entities.length && (entities[first] as EntityMention).end <= d.sentence.start) first++;
    const entityIds: string[] = [];
    for (let j = first; j < entities.length; j++) {
      const e = entities[j] as EntityMention;
      if (e.start >= d.sentence.end) break;
      if (e.start < d.sentence.start || e.end > d.sentence.end) continue;
      // The source of a claim is not what it is about: "…, according to South Korea's NIS".
      if (d.attribution && inAttribution(e, d.attribution, text)) continue;
      if (restatesNumber(e, d.number)) continue;
      entityIds.push(e.id);
    }
    out.push({ id: `c${i}`, ...d, entityIds });
  }
  return out;
}
