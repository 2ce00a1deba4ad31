// The per-file record `claimlens detect` prints and the extension API's
// `analyze(uri)` returns (the JSON contract of issue 3), with its keys in the
// order the contract lists them, so the JSON reads the same every time. It
// lives in the core so both front ends shape it from one place.

import type { AnalysisResult, EngineInfo, EntityMention, NumericClaim } from './analysis';

export interface DetectRecord {
  readonly file: string;
  readonly engine: EngineInfo;
  readonly entities: readonly EntityMention[];
  readonly claims: readonly NumericClaim[];
}

function entity(e: EntityMention): EntityMention {
  return { id: e.id, text: e.text, start: e.start, end: e.end, type: e.type, kbId: e.kbId, label: e.label, sense: e.sense };
}

function claim(c: NumericClaim): NumericClaim {
  return {
    id: c.id, text: c.text, start: c.start, end: c.end, kind: c.kind,
    number: { text: c.number.text, start: c.number.start, end: c.number.end },
    value: c.value, min: c.min, max: c.max, unit: c.unit, currency: c.currency, rate: c.rate, qualifier: c.qualifier,
    hedged: c.hedged, hedges: c.hedges,
    attribution: c.attribution === null ? null : { text: c.attribution.text, start: c.attribution.start, end: c.attribution.end },
    entityIds: c.entityIds,
    sentence: { start: c.sentence.start, end: c.sentence.end },
  };
}

export function toRecord(file: string, result: AnalysisResult): DetectRecord {
  return {
    file,
    engine: { version: result.engine.version, kb: result.engine.kb },
    entities: result.entities.map(entity),
    claims: result.claims.map(claim),
  };
}
