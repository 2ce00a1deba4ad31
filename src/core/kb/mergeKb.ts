// Applies analysts' KB files over the bundled entities. A full user entry with
// a bundled id overrides its label, kind, description and country, puts its
// names first and replaces bundled facts of the same property; a partial entry
// (id + names/facts) only adds. Unknown ids in partial entries are reported.

import type { KbDiagnostic } from './kbDiagnostic';
import type { KbEntity, KbFact, KbName, KbSourceInfo } from './kbTypes';
import type { ParsedKb } from './parseKb';

export interface MergedEntities {
  readonly entities: KbEntity[];
  readonly sources: KbSourceInfo[];
  readonly diagnostics: KbDiagnostic[];
}

export function mergeEntities(base: readonly KbEntity[], baseSources: readonly KbSourceInfo[], userKbs: readonly ParsedKb[]): MergedEntities {
  const byId = new Map<string, KbEntity>(base.map((e) => [e.id, e]));
  const sources = new Map<string, KbSourceInfo>(baseSources.map((s) => [s.id, s]));
  const diagnostics: KbDiagnostic[] = [];
  for (const user of userKbs) {
    const userSource = `user:${user.origin}`;
    if (!sources.has(userSource)) sources.set(userSource, { id: userSource, title: `Analyst KB file ${user.origin}`, license: 'user-provided' });
    for (const s of user.kb?.sources ?? []) if (!sources.has(s.id)) sources.set(s.id, s);
    for (const entity of user.kb?.entities ?? []) {
      const prev = byId.get(entity.id);
      byId.set(entity.id, prev === undefined ? entity : override(prev, entity));
    }
    for (const ext of user.extensions) {
      const prev = byId.get(ext.id);
      if (prev === undefined) {
        diagnostics.push({
          origin: user.origin,
          line: 1,
          column: 1,
          severity: 'warning',
          message: `entry "${ext.id}" adds names or facts to an id the KB does not have; give it "type", "kind" and "label" to define it`,
        });
        continue;
      }
      byId.set(ext.id, { ...prev, names: mergeNames(ext.names, prev.names), facts: [...prev.facts, ...ext.facts] });
    }
  }
  return { entities: [...byId.values()], sources: [...sources.values()], diagnostics };
}

function override(bundled: KbEntity, user: KbEntity): KbEntity {
  const userProps = new Set(user.facts.map((f) => f.property));
  const facts: KbFact[] = [...user.facts, ...bundled.facts.filter((f) => !userProps.has(f.property))];
  return {
    ...bundled,
    ...user,
    description: user.description !== '' ? user.description : bundled.description,
    names: mergeNames(user.names, bundled.names),
    facts,
  };
}

function mergeNames(first: readonly KbName[], then: readonly KbName[]): KbName[] {
  const seen = new Set<string>();
  const out: KbName[] = [];
  for (const n of [...first, ...then]) {
    const key = `${n.text}\u0000${n.kind}\u0000${n.sense ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}
