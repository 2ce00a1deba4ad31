// Decides what an import changes, before anything is written: each candidate
// is re-anchored by quote and context in the current document text, then
// merged with the tags already there. Same id and same content → nothing to
// do; the same tag made twice (same place, label) → merged, not doubled;
// same id with different content → the newer `modified` wins and the other
// version is reported as a conflict.

import type { TaggedClaim } from '../store/taggedClaim';
import type { ImportCandidate } from './importTypes';
import { contentHash } from '../anchoring/contentHash';
import { reanchor } from '../anchoring/reanchor';
import { describeRange } from '../anchoring/selectors';
import { utf16Offset } from '../text/textLocation';
import { claimToJson } from '../store/claimJson';

export interface ImportReport {
  readonly added: number;
  readonly updated: number;
  /** Already present (same id and content, or the same tag under another id). */
  readonly unchanged: number;
  readonly orphaned: number;
  /** One sentence per conflict, for the analyst. */
  readonly conflicts: readonly string[];
  /** Documents named in the file that are not in the workspace, with how many tags were skipped. */
  readonly missingDocuments: readonly { readonly path: string; readonly tags: number }[];
}

export interface ImportPlan {
  /** Complete new tag list of every document whose tags change. */
  readonly changed: ReadonlyMap<string, { readonly contentHash: string; readonly claims: readonly TaggedClaim[] }>;
  readonly report: ImportReport;
}

export function planImport(
  existing: readonly TaggedClaim[],
  candidates: readonly ImportCandidate[],
  documents: ReadonlyMap<string, string>,
): ImportPlan {
  const byDocument = new Map<string, TaggedClaim[]>();
  for (const claim of existing) push(byDocument, claim.document.path, claim);
  const byId = new Map(existing.map((c) => [c.id, c] as const));
  const hashes = new Map<string, string>();
  const touched = new Set<string>();
  const missing = new Map<string, number>();
  const conflicts: string[] = [];
  let added = 0, updated = 0, unchanged = 0, orphaned = 0;

  for (const candidate of candidates) {
    const path = candidate.claim.document.path;
    const text = documents.get(path);
    if (text === undefined) {
      missing.set(path, (missing.get(path) ?? 0) + 1);
      continue;
    }
    let hash = hashes.get(path);
    if (hash === undefined) hashes.set(path, (hash = contentHash(text)));
    const claim = anchorIn(text, hash, candidate);
    const current = byId.get(claim.id);
    const siblings = byDocument.get(path) ?? [];
    if (current) {
      if (sameContent(current, claim)) {
        unchanged++;
        continue;
      }
      if (!(Date.parse(claim.modified) > Date.parse(current.modified))) {
        conflicts.push(`Tag ${claim.id} (“${current.selectors.quote.exact}”) differs from the imported one; kept the workspace version, modified ${current.modified}.`);
        continue;
      }
      conflicts.push(`Tag ${claim.id} (“${current.selectors.quote.exact}”) was replaced by the newer imported version, modified ${claim.modified}.`);
      replace(byDocument, current, claim);
      byId.set(claim.id, claim);
      touched.add(path).add(current.document.path);
      updated++;
    } else if (siblings.some((s) => sameTag(s, claim))) {
      unchanged++;
      continue;
    } else {
      push(byDocument, path, claim);
      byId.set(claim.id, claim);
      touched.add(path);
      added++;
    }
    if (claim.orphaned) orphaned++;
  }
  const changed = new Map<string, { contentHash: string; claims: TaggedClaim[] }>();
  for (const path of [...touched].sort()) {
    const claims = byDocument.get(path) ?? [];
    changed.set(path, { contentHash: hashes.get(path) ?? claims[0]?.document.contentHash ?? '', claims });
  }
  return {
    changed,
    report: {
      added, updated, unchanged, orphaned, conflicts,
      missingDocuments: [...missing].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, tags]) => ({ path, tags })),
    },
  };
}

/** The candidate with UTF-16 selectors found again in `text` (or orphaned, keeping its quote). */
function anchorIn(text: string, hash: string, candidate: ImportCandidate): TaggedClaim {
  const { claim } = candidate;
  const cp = candidate.codePointPosition;
  const position = cp ? { start: utf16Offset(text, cp.start), end: utf16Offset(text, cp.end) }
    : candidate.hasPosition ? claim.selectors.position : { start: 0, end: 0 };
  const found = reanchor(text, { quote: claim.selectors.quote, position });
  const document = { path: claim.document.path, contentHash: hash };
  if (found.status === 'orphaned') return { ...claim, document, selectors: { ...claim.selectors, position }, orphaned: true };
  return { ...claim, document, selectors: describeRange(text, found), orphaned: false };
}

function sameContent(a: TaggedClaim, b: TaggedClaim): boolean {
  return a.document.path === b.document.path && JSON.stringify(claimToJson(a)) === JSON.stringify(claimToJson(b));
}

/** The same tag made separately (e.g. by two analysts): same place, same label. */
function sameTag(a: TaggedClaim, b: TaggedClaim): boolean {
  return !a.orphaned && !b.orphaned && a.label === b.label
    && a.selectors.position.start === b.selectors.position.start && a.selectors.position.end === b.selectors.position.end;
}

function push(map: Map<string, TaggedClaim[]>, key: string, claim: TaggedClaim): void {
  const list = map.get(key);
  if (list) list.push(claim);
  else map.set(key, [claim]);
}

function replace(map: Map<string, TaggedClaim[]>, old: TaggedClaim, claim: TaggedClaim): void {
  const list = map.get(old.document.path) ?? [];
  map.set(old.document.path, list.filter((c) => c.id !== old.id));
  push(map, claim.document.path, claim);
}
