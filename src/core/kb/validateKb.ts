// Turns untrusted parsed JSON into a KbFile, keeping every entity that is
// valid and reporting each one that is not (with its JSON path, so the caller
// can point at a line). One bad entity never costs the analyst the others.

import type { EntityType } from '../model/analysis';
import type { KbEntityExtension } from './kbExtension';
import type { KbEntity, KbFact, KbFile, KbKind, KbName, KbNameKind, KbSourceInfo } from './kbTypes';
import type { JsonPath } from './jsonPosition';
import { expandCompactCities, mergeCitySection } from './compactCities';
import { ENTITY_TYPES, ISO_DATE_RE, KB_FORMAT_VERSION, KB_KINDS, KB_NAME_KINDS, isOneOf } from './kbVocabulary';

export interface KbProblem {
  readonly path: JsonPath;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface ValidatedKb {
  readonly file: KbFile | null;
  readonly extensions: readonly KbEntityExtension[];
  readonly problems: readonly KbProblem[];
}

export interface ValidateOptions {
  /**
   * User files may leave out version, asOf and sources, may give facts
   * without a source (they are the source), and may list partial entries
   * (id plus names/facts) that extend bundled ones.
   */
  readonly user: boolean;
  /** Source id given to user facts that name none. */
  readonly defaultSource: string;
  /**
   * The KB shipped with the extension: every name and fact was validated
   * when it was built (npm run build:kb) and is again by the unit tests, so
   * they are taken as written. Entities and the header are still checked.
   */
  readonly bundled?: boolean;
}

type Obj = Readonly<Record<string, unknown>>;

const NAME_KIND_SET: ReadonlySet<string> = new Set(KB_NAME_KINDS);
const DATE_KEYS = ['start', 'end'] as const;
const STRING_KEYS = ['unit', 'ref', 'note'] as const;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

export function validateKbValue(value: unknown, options: ValidateOptions): ValidatedKb {
  const problems: KbProblem[] = [];
  const err = (path: JsonPath, message: string): void => {
    problems.push({ path, message, severity: 'error' });
  };
  if (!isObj(value)) {
    err([], 'a KB file must be a JSON object with an "entities" array');
    return { file: null, extensions: [], problems };
  }
  if (value.formatVersion !== undefined && value.formatVersion !== KB_FORMAT_VERSION) {
    err(['formatVersion'], `unsupported formatVersion ${JSON.stringify(value.formatVersion)} (expected ${KB_FORMAT_VERSION})`);
    return { file: null, extensions: [], problems };
  }
  if (!options.user && value.formatVersion === undefined) err(['formatVersion'], 'missing "formatVersion"');
  const version = headerDate(value, 'version', options, err) ?? 'user';
  const asOf = headerDate(value, 'asOf', options, err) ?? '';
  const sources = readSources(value.sources, err);
  if (!Array.isArray(value.entities)) {
    err(['entities'], '"entities" must be an array');
    return { file: null, extensions: [], problems };
  }
  const entities: KbEntity[] = [];
  const extensions: KbEntityExtension[] = [];
  const trusted = options.bundled === true && !options.user;
  // The bundled KB's ids were checked unique when it was built (and are by
  // the unit tests): no set of 12,000 ids on every activation.
  const seen = trusted ? null : new Set<string>();
  const list: readonly unknown[] = value.entities;
  // A plain loop, and paths built only on the error branches: this runs for
  // thousands of entities in cold code on every activation.
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    if (!isObj(raw)) {
      err(['entities', i], 'an entity must be an object');
      continue;
    }
    const id = raw.id;
    if (!nonEmpty(id)) {
      err(['entities', i], 'an entity needs a non-empty string "id"');
      continue;
    }
    if (seen !== null) {
      if (seen.has(id)) {
        err(['entities', i, 'id'], `duplicate id "${id}": this entry is ignored`);
        continue;
      }
      seen.add(id);
    }
    const names = trusted ? trustedList<KbName>(raw.names) : readNames(raw.names, i, err);
    const facts = trusted ? trustedList<KbFact>(raw.facts) : readFacts(raw.facts, i, options, err);
    const isPartial = raw.type === undefined && raw.kind === undefined && raw.label === undefined;
    if (isPartial && options.user) {
      extensions.push({ id, names, facts });
      continue;
    }
    if (!headerFine(raw, i, err)) continue;
    // A bundled entity as parsed already is one: the build writes exactly these keys, in this order.
    entities.push(trusted && raw.names === names && raw.facts === facts && typeof raw.description === 'string' ? (raw as unknown as KbEntity) : entityOf(raw, id, names, facts));
  }
  // The bundled KB's plain cities come as rows (see compactCities.ts).
  const cities = expandCompactCities(value.compactCities, entities, seen, err);
  const all = mergeCitySection(entities, cities);
  const file: KbFile = { formatVersion: KB_FORMAT_VERSION, version, asOf, sources, entities: all };
  return { file, extensions, problems };
}

/** True when type, kind, label, description and country are usable; otherwise every problem is reported. */
function headerFine(raw: Obj, i: number, err: (p: JsonPath, m: string) => void): boolean {
  const { type, kind, label, description, country } = raw;
  const fine = isOneOf(ENTITY_TYPES, type) && isOneOf(KB_KINDS, kind) && nonEmpty(label)
    && (description === undefined || typeof description === 'string') && (country === undefined || nonEmpty(country));
  if (fine) return true;
  if (!isOneOf(ENTITY_TYPES, type)) err(['entities', i, 'type'], `"type" must be one of ${ENTITY_TYPES.join(', ')}`);
  if (!isOneOf(KB_KINDS, kind)) err(['entities', i, 'kind'], `"kind" must be one of ${KB_KINDS.join(', ')}`);
  if (!nonEmpty(label)) err(['entities', i, 'label'], '"label" must be a non-empty string');
  if (description !== undefined && typeof description !== 'string') err(['entities', i, 'description'], '"description" must be a string');
  if (country !== undefined && !nonEmpty(country)) err(['entities', i, 'country'], '"country" must be an entity id');
  return false;
}

/** A fresh entity from checked header fields, with keys in the order the bundled KB writes them. */
function entityOf(raw: Obj, id: string, names: KbName[], facts: KbFact[]): KbEntity {
  const type = raw.type as EntityType;
  const kind = raw.kind as KbKind;
  const label = raw.label as string;
  const description = typeof raw.description === 'string' ? raw.description : '';
  // Two literals rather than a conditional spread, which costs an object per entity in cold code.
  return typeof raw.country === 'string'
    ? { id, type, kind, label, description, country: raw.country, names, facts }
    : { id, type, kind, label, description, names, facts };
}

function headerDate(value: Obj, key: 'version' | 'asOf', options: ValidateOptions, err: (p: JsonPath, m: string) => void): string | undefined {
  const v = value[key];
  if (v === undefined) {
    if (!options.user) err([key], `missing "${key}"`);
    return undefined;
  }
  if (!nonEmpty(v)) {
    err([key], `"${key}" must be a non-empty string`);
    return undefined;
  }
  if (key === 'asOf' && !ISO_DATE_RE.test(v)) err([key], `"asOf" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${v}"`);
  return v;
}

function readSources(raw: unknown, err: (p: JsonPath, m: string) => void): KbSourceInfo[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    err(['sources'], '"sources" must be an array');
    return [];
  }
  const out: KbSourceInfo[] = [];
  raw.forEach((s: unknown, i: number) => {
    if (!isObj(s) || !nonEmpty(s.id) || !nonEmpty(s.title) || !nonEmpty(s.license)) {
      err(['sources', i], 'a source needs string "id", "title" and "license"');
      return;
    }
    out.push({
      id: s.id,
      title: s.title,
      license: s.license,
      ...(typeof s.url === 'string' ? { url: s.url } : {}),
      ...(typeof s.retrieved === 'string' ? { retrieved: s.retrieved } : {}),
    });
  });
  return out;
}

/** A bundled entity's names or facts, used as written (see ValidateOptions.bundled). */
function trustedList<T>(raw: unknown): T[] {
  return Array.isArray(raw) ? (raw as T[]) : [];
}

// Paths are built only when something is wrong: the bundled KB has tens of
// thousands of names and facts, and allocating a path for each doubled the load time.

function readNames(raw: unknown, entity: number, err: (p: JsonPath, m: string) => void): KbName[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    err(['entities', entity, 'names'], '"names" must be an array');
    return [];
  }
  const out: KbName[] = [];
  for (let i = 0; i < raw.length; i++) {
    const n: unknown = raw[i];
    if (!isObj(n) || !nonEmpty(n.text)) err(['entities', entity, 'names', i], 'a name needs a non-empty string "text"');
    else if (!NAME_KIND_SET.has(n.kind as string)) err(['entities', entity, 'names', i, 'kind'], `name "kind" must be one of ${KB_NAME_KINDS.join(', ')}`);
    else if (n.sense !== undefined && !nonEmpty(n.sense)) err(['entities', entity, 'names', i, 'sense'], '"sense" must be a non-empty string');
    else out.push(n.sense === undefined ? { text: n.text, kind: n.kind as KbNameKind } : { text: n.text, kind: n.kind as KbNameKind, sense: n.sense as string });
  }
  return out;
}

function readFacts(raw: unknown, entity: number, options: ValidateOptions, err: (p: JsonPath, m: string) => void): KbFact[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    err(['entities', entity, 'facts'], '"facts" must be an array');
    return [];
  }
  const out: KbFact[] = [];
  for (let i = 0; i < raw.length; i++) {
    const f: unknown = raw[i];
    const problem = factProblem(f, options);
    if (problem !== null) {
      err(['entities', entity, 'facts', i, ...problem.tail], problem.message);
      continue;
    }
    // Bundled facts are used as they are once checked (no copy: the shipped
    // KB has thousands); user facts are copied so defaults can be filled in.
    if (!options.user) {
      out.push(f as KbFact);
      continue;
    }
    const fact = f as Obj;
    const source = nonEmpty(fact.source) ? fact.source : options.defaultSource;
    const copy: { -readonly [K in keyof KbFact]: KbFact[K] } = { property: fact.property as string, value: fact.value as string | number, asOf: fact.asOf as string, source };
    if (typeof fact.unit === 'string') copy.unit = fact.unit;
    if (typeof fact.ref === 'string') copy.ref = fact.ref;
    if (typeof fact.start === 'string') copy.start = fact.start;
    if (typeof fact.end === 'string') copy.end = fact.end;
    if (typeof fact.note === 'string') copy.note = fact.note;
    out.push(copy);
  }
  return out;
}

function factProblem(f: unknown, options: ValidateOptions): { readonly tail: string[]; readonly message: string } | null {
  if (!isObj(f)) return { tail: [], message: 'a fact must be an object' };
  if (!nonEmpty(f.property)) return { tail: ['property'], message: 'a fact needs a string "property"' };
  if (typeof f.value !== 'string' && !(typeof f.value === 'number' && Number.isFinite(f.value))) {
    return { tail: ['value'], message: '"value" must be a string or a finite number' };
  }
  if (!nonEmpty(f.asOf) || !ISO_DATE_RE.test(f.asOf)) return { tail: ['asOf'], message: 'a fact needs "asOf" as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' };
  if (!nonEmpty(f.source) && !options.user) return { tail: ['source'], message: 'a fact needs a "source" id' };
  for (const key of DATE_KEYS) {
    const d = f[key];
    if (d !== undefined && (!nonEmpty(d) || !ISO_DATE_RE.test(d))) return { tail: [key], message: `"${key}" must be an ISO date` };
  }
  for (const key of STRING_KEYS) {
    if (f[key] !== undefined && typeof f[key] !== 'string') return { tail: [key], message: `"${key}" must be a string` };
  }
  return null;
}
