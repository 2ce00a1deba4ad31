// How older store files become the current format. Each step takes the raw
// JSON of version n and returns version n+1; parseStore runs them in order
// before validating, so readers only ever deal with the current shape.
// Version 1 is the first released format: no steps yet. When the format
// changes, bump STORE_FORMAT_VERSION and add `[1, (raw) => ({ ...raw, … , formatVersion: 2 })]`.

import type { JsonObject } from './diagnostics';

export type Migration = (raw: JsonObject) => JsonObject;

/** Keyed by the version a step migrates from. */
export const STORE_MIGRATIONS: ReadonlyMap<number, Migration> = new Map<number, Migration>();
