// The bundled KB writes its plain cities as rows rather than entities (9,000
// cities at ~250 bytes each would double the file):
//   "compactCities": { "asOf": "2024-12", "source": "geonames-…",
//                      "rows": [["cl:city:ua:bakhmut", "Bakhmut", "Q212", 80500, "Artemivsk"]] }
// Each row becomes the entity the build wrote it from: a city with its
// country, "City in <country>.", aliases and one dated, sourced population
// fact (made when first read, see rowCity.ts). Rows are merged into the city
// section by id, so entity order is the same as if they had been written out in full.

import type { JsonPath } from './jsonPosition';
import type { KbEntity, KbName } from './kbTypes';
import type { RowTable } from './rowCity';
import { ISO_DATE_RE } from './kbVocabulary';
import { RowCity } from './rowCity';

type Report = (path: JsonPath, message: string) => void;

/** Shared by the thousands of rows without aliases (entities are read-only). */
const NO_NAMES: readonly KbName[] = Object.freeze([]);

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v !== '';
}

/**
 * Rows of `raw` (the file's "compactCities" value) as city entities, sorted
 * by id; bad rows and rows whose id is in `seen` are reported and skipped
 * (`seen` is null for the bundled KB, whose ids the build checked).
 */
export function expandCompactCities(raw: unknown, entities: readonly KbEntity[], seen: Set<string> | null, err: Report): KbEntity[] {
  if (raw === undefined) return [];
  const table = raw as { asOf?: unknown; source?: unknown; rows?: unknown } | null;
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    err(['compactCities'], '"compactCities" must be an object with "asOf", "source" and "rows"');
    return [];
  }
  const { asOf, source, rows } = table;
  if (!nonEmpty(asOf) || !ISO_DATE_RE.test(asOf) || !nonEmpty(source) || !Array.isArray(rows)) {
    err(['compactCities'], '"compactCities" needs "asOf" (ISO date), "source" and a "rows" array');
    return [];
  }
  // Country id → the description its cities share ("City in Ukraine."): one string per country, not per row.
  const descriptions = new Map<string, string>();
  for (const e of entities) if (e.kind === 'country' || e.kind === 'territory') descriptions.set(e.id, `City in ${e.label}.`);
  const out: KbEntity[] = [];
  const shared: RowTable = { asOf, source };
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    const city = Array.isArray(row) ? rowEntity(row as readonly unknown[], descriptions, shared) : null;
    if (city === null) err(['compactCities', 'rows', i], 'a city row is [id, label, countryId, population, ...aliases] with a known country');
    else if (seen === null) out.push(city);
    else if (seen.has(city.id)) err(['compactCities', 'rows', i, 0], `duplicate id "${city.id}": this city row is ignored`);
    else {
      seen.add(city.id);
      out.push(city);
    }
  }
  // The build writes the rows in id order: checking that is cheaper than sorting 8,000 rows again.
  return isSortedById(out) ? out : out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function isSortedById(cities: readonly KbEntity[]): boolean {
  for (let i = 1; i < cities.length; i++) if ((cities[i - 1] as KbEntity).id > (cities[i] as KbEntity).id) return false;
  return true;
}

function rowEntity(row: readonly unknown[], descriptions: ReadonlyMap<string, string>, table: RowTable): KbEntity | null {
  // Indexing, not destructuring: array destructuring goes through the iterator protocol, slow in cold code.
  const id = row[0];
  const label = row[1];
  const country = row[2];
  const population = row[3];
  if (!nonEmpty(id) || !nonEmpty(label) || !nonEmpty(country) || typeof population !== 'number' || !Number.isFinite(population)) return null;
  const description = descriptions.get(country);
  if (description === undefined) return null;
  let names: readonly KbName[] = NO_NAMES;
  if (row.length > 4) {
    const aliases: KbName[] = [];
    for (let k = 4; k < row.length; k++) {
      const text = row[k];
      if (!nonEmpty(text)) return null;
      aliases.push({ text, kind: 'alias' });
    }
    names = aliases;
  }
  return new RowCity(id, label, description, country, names, population, table);
}

/** `entities` with `cities` (sorted by id) merged into the run of city entities by id. */
export function mergeCitySection(entities: readonly KbEntity[], cities: readonly KbEntity[]): KbEntity[] {
  if (cities.length === 0) return [...entities];
  let start = entities.findIndex((e) => e.kind === 'city');
  if (start < 0) start = entities.length;
  let end = start;
  while (end < entities.length && (entities[end] as KbEntity).kind === 'city') end++;
  const merged: KbEntity[] = entities.slice(0, start);
  let i = start;
  let j = 0;
  while (i < end || j < cities.length) {
    const a = entities[i];
    const b = cities[j];
    if (i < end && a !== undefined && (b === undefined || a.id < b.id)) {
      merged.push(a);
      i++;
    } else if (b !== undefined) {
      merged.push(b);
      j++;
    }
  }
  for (let k = end; k < entities.length; k++) merged.push(entities[k] as KbEntity);
  return merged;
}
