// The lookup index, filled on demand. Building every entry of every name up
// front cost ~50 ms (100 ms CPU) of a cold start for a hover or a CLI lookup
// that reads a handful of keys. Instead one cheap pass files each entity
// under the buckets of its names (a bucket is the first two characters of a
// normalised key); the first lookup of a key fills its whole bucket with the
// same entries, in the same order, that buildNameIndex would give that key.

import type { KbEntity } from './kbTypes';
import type { KbNameEntry } from './nameIndex';
import { entriesOf } from './nameIndex';
import { normalizeSurface } from './normalize';

/** Bucket of a normalised key: its first two UTF-16 units as one number (collisions only cost time). */
function bucketOfKey(key: string): number {
  if (key.length === 0) return -1;
  return key.charCodeAt(0) * 0x10000 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

/**
 * bucketOfKey(normalizeSurface(text)) without normalising most names: when
 * a name starts with two ASCII letters, normalisation lower-cases them and
 * keeps them in front ("Kyiv" → "ky", "U.S." is not such a name), unless
 * the first is a "t" that may begin a dropped "the ".
 */
function bucketOfName(text: string): number {
  const a = text.charCodeAt(0) | 32;
  const b = text.charCodeAt(1) | 32;
  if (a >= 97 && a <= 122 && a !== 116 && b >= 97 && b <= 122) return a * 0x10000 + b;
  return bucketOfKey(normalizeSurface(text));
}

export class LazyNameIndex {
  /** Bucket → entities with a name in it, in KB order, each once. */
  private readonly pending = new Map<number, KbEntity[]>();
  private readonly byKey = new Map<string, KbNameEntry[]>();

  constructor(entities: Iterable<KbEntity>) {
    for (const entity of entities) {
      this.file(bucketOfName(entity.label), entity);
      for (const name of entity.names) this.file(bucketOfName(name.text), entity);
    }
  }

  /** Entries under a normalised key, in KB order (as buildNameIndex gives them). */
  get(key: string): readonly KbNameEntry[] | undefined {
    const bucket = bucketOfKey(key);
    const entities = this.pending.get(bucket);
    if (entities !== undefined) this.fill(bucket, entities);
    return this.byKey.get(key);
  }

  private file(bucket: number, entity: KbEntity): void {
    if (bucket < 0) return;
    const list = this.pending.get(bucket);
    if (list === undefined) this.pending.set(bucket, [entity]);
    else if (list[list.length - 1] !== entity) list.push(entity);
  }

  private fill(bucket: number, entities: readonly KbEntity[]): void {
    this.pending.delete(bucket);
    // All of an entity's entries, kept for this bucket: its duplicate names
    // share a key, so dropping them needs nothing from other buckets.
    for (const entity of entities) {
      for (const entry of entriesOf(entity)) {
        if (bucketOfKey(entry.key) !== bucket) continue;
        const list = this.byKey.get(entry.key);
        if (list === undefined) this.byKey.set(entry.key, [entry]);
        else list.push(entry);
      }
    }
  }
}
