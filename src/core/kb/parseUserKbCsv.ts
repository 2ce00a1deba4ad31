// Analysts' simple name lists as CSV, e.g. .claimlens/kb/team.csv:
//   name,type,label,id,kind,country
//   Sergei Shoigu,person,Sergei Shoigu,,,Q159        (new entity, id user:sergei-shoigu)
//   Shoigu,person,Sergei Shoigu                      (a second name for it)
//   Kim Jong-un,,,Q56226                             (a name added to a bundled entity)
// Rows with the same id (or, without one, the same label) make one entity.
// Columns after `name` are optional; a header row is required.

import type { EntityType } from '../model/analysis';
import type { KbDiagnostic } from './kbDiagnostic';
import type { KbEntityExtension } from './kbExtension';
import type { KbEntity, KbKind, KbName, KbNameKind } from './kbTypes';
import type { ParsedKb } from './parseKb';
import { readCsv } from './csvRows';
import { ENTITY_TYPES, KB_FORMAT_VERSION, KB_KINDS, KB_NAME_KINDS, isOneOf } from './kbVocabulary';

const DEFAULT_KIND: Readonly<Record<EntityType, KbKind>> = {
  person: 'person',
  place: 'region',
  organization: 'other-organization',
  nationality: 'nationality',
  other: 'other-organization',
};

const MAX_CHARS = 5_000_000;

interface Draft {
  id: string;
  type: EntityType | null;
  kind: KbKind | null;
  label: string;
  country: string | null;
  names: KbName[];
  line: number;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function parseUserKbCsv(text: string, origin: string): ParsedKb {
  const diagnostics: KbDiagnostic[] = [];
  const diag = (line: number, message: string, severity: 'error' | 'warning' = 'error'): void => {
    diagnostics.push({ origin, line, column: 1, severity, message });
  };
  const empty = (): ParsedKb => ({ origin, kb: null, extensions: [], diagnostics });
  if (text.length > MAX_CHARS) {
    diag(1, `file is too large (${(text.length / 1e6).toFixed(1)} M characters, limit ${MAX_CHARS / 1e6} M): not loaded`);
    return empty();
  }
  const csv = readCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (csv.unterminatedQuoteLine !== null) {
    diag(csv.unterminatedQuoteLine, 'a quoted field is never closed');
    return empty();
  }
  const [header, ...rows] = csv.rows.filter((r) => !(r.cells[0] ?? '').trimStart().startsWith('#'));
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  if (header === undefined || !columns.includes('name')) {
    diag(header?.line ?? 1, 'the first row must be a header with at least a "name" column (name,type,label,id,kind,country)');
    return empty();
  }
  const col = (row: readonly string[], key: string): string => {
    const i = columns.indexOf(key);
    return i < 0 ? '' : (row[i] ?? '').trim();
  };
  const drafts = new Map<string, Draft>();
  for (const { line, cells } of rows) {
    const name = col(cells, 'name');
    if (name === '') {
      diag(line, 'empty "name": row ignored');
      continue;
    }
    const typeText = col(cells, 'type');
    if (typeText !== '' && !isOneOf(ENTITY_TYPES, typeText)) {
      diag(line, `"type" must be one of ${ENTITY_TYPES.join(', ')}, got "${typeText}": row ignored`);
      continue;
    }
    const kindText = col(cells, 'kind');
    if (kindText !== '' && !isOneOf(KB_KINDS, kindText)) {
      diag(line, `"kind" must be one of ${KB_KINDS.join(', ')}, got "${kindText}": row ignored`);
      continue;
    }
    const nameKindText = col(cells, 'namekind');
    if (nameKindText !== '' && !isOneOf(KB_NAME_KINDS, nameKindText)) {
      diag(line, `"namekind" must be one of ${KB_NAME_KINDS.join(', ')}: row ignored`);
      continue;
    }
    const label = col(cells, 'label') || name;
    const explicitId = col(cells, 'id');
    if (explicitId === '' && typeText === '') {
      diag(line, 'a row needs an "id" of an existing entry or a "type" for a new one: row ignored');
      continue;
    }
    const id = explicitId !== '' ? explicitId : `user:${slug(label) || 'entry'}`;
    const draft = drafts.get(id) ?? { id, type: null, kind: null, label, country: null, names: [], line };
    drafts.set(id, draft);
    if (typeText !== '') draft.type = typeText as EntityType;
    if (kindText !== '') draft.kind = kindText as KbKind;
    if (col(cells, 'country') !== '') draft.country = col(cells, 'country');
    const nameKind: KbNameKind = nameKindText !== '' ? (nameKindText as KbNameKind) : name === label ? 'common' : 'alias';
    if (!draft.names.some((n) => n.text === name)) draft.names.push({ text: name, kind: nameKind });
  }
  const entities: KbEntity[] = [];
  const extensions: KbEntityExtension[] = [];
  for (const d of drafts.values()) {
    if (d.type === null) {
      extensions.push({ id: d.id, names: d.names, facts: [] });
      continue;
    }
    entities.push({
      id: d.id,
      type: d.type,
      kind: d.kind ?? DEFAULT_KIND[d.type],
      label: d.label,
      description: `From ${origin}.`,
      names: d.names,
      facts: [],
      ...(d.country !== null ? { country: d.country } : {}),
    });
  }
  const kb = { formatVersion: KB_FORMAT_VERSION, version: 'user', asOf: '', sources: [], entities };
  return { origin, kb, extensions, diagnostics };
}
