// The result of analysing one document: the shape `claimlens detect --format json`
// prints and `api.analyze(uri)` returns. Offsets are UTF-16 code units into the
// text as given (the numbers `TextDocument.offsetAt` uses), end exclusive.

export type EntityType = 'person' | 'place' | 'organization' | 'nationality' | 'other';

export type ClaimKind = 'count' | 'money' | 'percent' | 'date' | 'duration' | 'measure' | 'ordinal';

export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface EntityMention {
  /** Stable within one analysis: "e" + index in document order. */
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Knowledge-base id (a Wikidata QID where known), or null when unlinked. */
  readonly kbId: string | null;
  /** Canonical KB label of the linked entry. */
  readonly label: string | null;
  /** Which sense the mention is used in: "country", "city", "government", … */
  readonly sense: string | null;
}

/**
 * What a numeric claim states, apart from where it stands: shared by the
 * detected claim, the scanner's raw claim and the snapshot a tag keeps.
 */
export interface ClaimReading {
  readonly kind: ClaimKind;
  /** Normalised value; null when only a range is stated. */
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Unit of measure or the counted noun ("troops", "km", "artillery rounds"). */
  readonly unit: string | null;
  /** ISO 4217 code for money (XDR for the IMF's SDR); BTC and ETH for bitcoin and ether, which have none. */
  readonly currency: string | null;
  /** "each", "a year", "per capita", … */
  readonly rate: string | null;
  /** "up to", "nearly", "more than", "a mere", … */
  readonly qualifier: string | null;
}

/** A numeric claim as detected: the reading plus its spans, hedges and context. */
export interface NumericClaim extends ClaimReading {
  /** Stable within one analysis: "c" + index in document order. */
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The number itself inside the claim span ("100,000" in "up to 100,000 troops"). */
  readonly number: TextSpan;
  readonly hedged: boolean;
  readonly hedges: readonly string[];
  readonly attribution: TextSpan | null;
  /** Ids of the entity mentions (in this result) the claim is about, within its sentence. */
  readonly entityIds: readonly string[];
  readonly sentence: OffsetRange;
}

export interface EngineInfo {
  readonly version: string;
  readonly kb: string;
}

export interface AnalysisResult {
  readonly engine: EngineInfo;
  readonly entities: readonly EntityMention[];
  readonly claims: readonly NumericClaim[];
}
