// Read side of the KB: by id, by surface, facts at a date, and the name list
// the detector's gazetteer is built from. Immutable; merge() returns a new one.

import type { KbDiagnostic } from './kbDiagnostic';
import type { KbEntity, KbFact, KbFile, KbName, KbSourceInfo } from './kbTypes';
import type { KbNameEntry, NameIndex } from './nameIndex';
import type { ParsedKb } from './parseKb';
import { LazyNameIndex } from './lazyNameIndex';
import { mergeEntities } from './mergeKb';
import { buildNameIndex } from './nameIndex';
import { abbreviationKey, normalizeSurface } from './normalize';
import { prominence, scoreName } from './scoring';
import { selectFactsAt } from './temporal';

export interface KbCandidate {
  readonly entity: KbEntity;
  /** The name that matched. */
  readonly name: KbName;
  /** See KbNameEntry.sense: "government" for a metonym, "nationality" for a demonym, … */
  readonly sense: string;
  /** 0..1, higher is better; candidates come sorted by it. */
  readonly score: number;
}

export interface MergeResult {
  readonly kb: KnowledgeBase;
  readonly diagnostics: readonly KbDiagnostic[];
}

export class KnowledgeBase {
  readonly version: string;
  readonly asOf: string;
  readonly sources: readonly KbSourceInfo[];
  private readonly byIdMap: ReadonlyMap<string, KbEntity>;
  /** What lookup() reads: filled one bucket of keys at a time. */
  private index: LazyNameIndex | null = null;
  /** Every entry at once, only for names(). */
  private allNames: NameIndex | null = null;
  /** member id → organisations' "member" facts naming it; built on first use. */
  private memberOf: Map<string, { readonly org: KbEntity; readonly fact: KbFact }[]> | null = null;

  constructor(file: KbFile) {
    this.version = file.version;
    this.asOf = file.asOf;
    this.sources = file.sources;
    const map = new Map<string, KbEntity>();
    for (const e of file.entities) if (!map.has(e.id)) map.set(e.id, e);
    this.byIdMap = map;
  }

  get size(): number {
    return this.byIdMap.size;
  }

  entities(): IterableIterator<KbEntity> {
    return this.byIdMap.values();
  }

  byId(id: string): KbEntity | undefined {
    return this.byIdMap.get(id);
  }

  source(id: string): KbSourceInfo | undefined {
    return this.sources.find((s) => s.id === id);
  }

  /**
   * Prepares the lookup index now (it is otherwise prepared on the first
   * lookup): each name filed under its key's bucket; entries are made per
   * bucket when a lookup first needs them.
   */
  buildIndex(): void {
    this.index ??= new LazyNameIndex(this.byIdMap.values());
  }

  /**
   * Candidates for a surface string, best first. "the Kremlin's" finds the
   * Kremlin metonym; "NATO" finds NATO but "nato" does not (abbreviations
   * match case-sensitively); "Pyongyang" gives the city and the government sense.
   */
  lookup(surface: string): KbCandidate[] {
    this.buildIndex();
    const entries = this.index?.get(normalizeSurface(surface)) ?? [];
    const abbr = abbreviationKey(surface);
    const shouted = /^\p{Lu}{2,5}$/u.test(abbr);
    const best = new Map<string, KbCandidate>();
    for (const entry of entries) {
      if (entry.caseSensitive && abbreviationKey(entry.text) !== abbr) continue;
      const entity = this.byIdMap.get(entry.entityId);
      if (entity === undefined) continue;
      const exactCase = abbreviationKey(entry.text) === abbr;
      // "amnesty" or "labour" in lower case: still a candidate, but a weak one.
      const lowerWhereCapital = entry.capitalized && !/^\p{Lu}/u.test(abbr);
      // "NIS" written in capitals is the agency before the city Niš: a short
      // shouted query is an abbreviation first, an ordinary name only second.
      const shoutedName = shouted && !entry.caseSensitive && !exactCase;
      const score = scoreName(entry.kind, exactCase, prominence(entity)) * (lowerWhereCapital || shoutedName ? 0.8 : 1);
      const key = `${entity.id}\u0000${entry.sense}`;
      const prev = best.get(key);
      if (prev === undefined || score > prev.score) {
        const name = { text: entry.text, kind: entry.kind, ...(entry.kind === 'metonym' ? { sense: entry.sense } : {}) };
        best.set(key, { entity, name, sense: entry.sense, score: Math.round(score * 1000) / 1000 });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
  }

  /** Facts of an entity that hold on `date` (YYYY, YYYY-MM or YYYY-MM-DD); empty for an unknown id. */
  factsAt(id: string, date: string): KbFact[] {
    const entity = this.byIdMap.get(id);
    return entity === undefined ? [] : selectFactsAt(entity.facts, date);
  }

  /**
   * Organisations the entity belongs to on `date` ("Finland" → NATO from
   * 2023-04-04). Memberships are stored once, on the organisation.
   */
  membershipsAt(id: string, date: string): { readonly org: KbEntity; readonly fact: KbFact }[] {
    if (this.memberOf === null) {
      const map = new Map<string, { readonly org: KbEntity; readonly fact: KbFact }[]>();
      for (const org of this.byIdMap.values()) {
        for (const fact of org.facts) {
          if (fact.property !== 'member' || fact.ref === undefined) continue;
          const list = map.get(fact.ref);
          if (list === undefined) map.set(fact.ref, [{ org, fact }]);
          else list.push({ org, fact });
        }
      }
      this.memberOf = map;
    }
    const all = this.memberOf.get(id) ?? [];
    const holding = new Set(selectFactsAt(all.map((m) => m.fact), date));
    return all.filter((m) => holding.has(m.fact));
  }

  /** Every (normalised surface, entity, name kind, sense) for the detector's gazetteer. */
  *names(): IterableIterator<KbNameEntry> {
    this.allNames ??= buildNameIndex(this.byIdMap.values());
    for (const bucket of this.allNames.values()) yield* bucket;
  }

  /** A new KB with analysts' files applied in order: later files win over earlier ones and over the bundled KB. */
  merge(userKbs: readonly ParsedKb[]): MergeResult {
    const { entities, sources, diagnostics } = mergeEntities([...this.byIdMap.values()], this.sources, userKbs);
    const kb = new KnowledgeBase({ formatVersion: 1, version: this.version, asOf: this.asOf, sources, entities });
    return { kb, diagnostics };
  }
}
