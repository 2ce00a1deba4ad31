// Decides what an import changes, before anything is written: each candidate
// is re-anchored by quote and context in the current document text, then
// merged with the tags already there. Same id and same content → nothing to
// do; another id on the same text → one tag, the imported note and KB links
// merged into the workspace's (mergeDuplicate.ts), a different label or
// status reported as a conflict; same id with different content → the newer
// `modified` wins and the other version is reported as a conflict.

import type { TaggedClaim } from '../store/taggedClaim';
import type { ImportCandidate } from './importTypes';
import { contentHash } from '../anchoring/contentHash';
import { reanchor } from '../anchoring/reanchor';
import { describeRange } from '../anchoring/selectors';
import { utf16Offset } from '../text/textLocation';
import { claimToJson } from '../store/claimJson';
import { mergeDuplicate } from './mergeDuplicate';

export interface ImportReport {
  readonly added: number;
  readonly updated: number;
  /** Tags on text the workspace had already tagged under another id, merged into that tag. */
  readonly merged: number;
  /** Already present (same id and content, or another id on the same text adding nothing). */
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
  let added = 0, updated = 0, merged = 0, unchanged = 0, orphaned = 0;

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
    } else {
      const twin = sameText(siblings, claim);
      if (twin) {
        const merge = mergeDuplicate(twin, claim);
        conflicts.push(...merge.conflicts);
        if (merge.claim === twin) {
          unchanged++;
        } else {
          replace(byDocument, twin, merge.claim);
          byId.set(twin.id, merge.claim);
          touched.add(path);
          merged++;
        }
        continue;
      }
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
      added, updated, merged, unchanged, orphaned, conflicts,
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

/** The tag already on the same text (e.g. made by another analyst), one with the same label first. */
function sameText(siblings: readonly TaggedClaim[], claim: TaggedClaim): TaggedClaim | undefined {
  if (claim.orphaned) return undefined;
  const { start, end } = claim.selectors.position;
  const onText = siblings.filter((s) => !s.orphaned && s.selectors.position.start === start && s.selectors.position.end === end);
  return onText.find((s) => s.label === claim.label) ?? onText[0];
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
