// The "Tagged claims" tree as plain data: groups, counts, filter and a stable
// order, computed from the tags alone. Kept apart from the TreeDataProvider
// (as vscode-pull-request-github keeps prsTreeModel apart from its provider)
// so grouping is unit-tested in Node and `getChildren` only reads.
import type { TaggedClaim } from '../../core/store/taggedClaim';
import { compareClaims, compareStrings } from '../../core/store/claimJson';
import { statusTitle } from '../tagging/statusTitle';

export type GroupBy = 'document' | 'label' | 'entity';

export const GROUP_BY_MODES: readonly GroupBy[] = ['document', 'label', 'entity'];

/** A tag together with the document it lives in (the tree needs both). */
export interface TreeTag {
  /** `Uri.toString()` of the document. */
  readonly documentKey: string;
  readonly claim: TaggedClaim;
  /** Why the tag's store cannot be written (newer format, invalid tags); absent or null when it can. */
  readonly readOnlyReason?: string | null;
}

export interface TagGroup {
  readonly kind: 'group';
  /** Stable id for the tree item ("label:Disputed", "document:file:///ws/brief.md", "orphaned"). */
  readonly id: string;
  readonly title: string;
  readonly tags: readonly TreeTag[];
  readonly orphaned: boolean;
}

export interface TreeModelOptions {
  readonly groupBy: GroupBy;
  /** Case-insensitive text filter over quote, label, status (id or title), note, entities and path; "" shows all. */
  readonly filter: string;
  /** Label order from the settings, so "To verify" comes before "Verified" as configured. */
  readonly labelOrder: readonly string[];
  /**
   * Title of a document group; the stored path by default. With several
   * workspace folders the tree passes one naming the folder ("west/brief.md"):
   * groups are keyed by document URI, so two folders' "brief.md" stay apart.
   */
  readonly documentTitle?: (tag: TreeTag) => string;
}

export const ORPHANED_GROUP_ID = 'orphaned';
const NO_ENTITY = '(no entity)';

/**
 * Groups the tags. Orphaned tags always form their own last group, whatever
 * the grouping, so a tag whose text vanished is never hidden among live ones.
 */
export function buildTagGroups(tags: readonly TreeTag[], options: TreeModelOptions): TagGroup[] {
  const visible = tags.filter((t) => matchesFilter(t.claim, options.filter));
  const live = visible.filter((t) => !t.claim.orphaned);
  const orphaned = visible.filter((t) => t.claim.orphaned).sort(byClaim);
  const buckets = new Map<string, { title: string; tags: TreeTag[] }>();
  for (const tag of live) {
    for (const { key, title } of groupKeys(tag, options)) {
      const bucket = buckets.get(key) ?? { title, tags: [] };
      bucket.tags.push(tag);
      buckets.set(key, bucket);
    }
  }
  const order = groupOrder(options);
  const keys = [...buckets.keys()].sort((a, b) => order(buckets.get(a)?.title ?? a, buckets.get(b)?.title ?? b) || compareStrings(a, b));
  const groups: TagGroup[] = keys.map((key) => ({
    kind: 'group',
    id: `${options.groupBy}:${key}`,
    title: buckets.get(key)?.title ?? key,
    tags: (buckets.get(key)?.tags ?? []).sort(byClaim),
    orphaned: false,
  }));
  if (orphaned.length > 0) {
    groups.push({ kind: 'group', id: ORPHANED_GROUP_ID, title: 'Orphaned', tags: orphaned, orphaned: true });
  }
  return groups;
}

export function matchesFilter(claim: TaggedClaim, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  // The status both as stored ("in-review") and as shown ("In review").
  const haystack = [
    claim.selectors.quote.exact, claim.label, claim.status, statusTitle(claim.status), claim.note, claim.document.path,
    ...claim.entities.map((e) => e.label),
  ];
  return haystack.some((s) => s.toLowerCase().includes(needle));
}

/** An entity tag appears under each entity it is about ("Kyiv and Moscow agreed…"). */
function groupKeys(tag: TreeTag, options: TreeModelOptions): { key: string; title: string }[] {
  const { claim } = tag;
  const same = (title: string): { key: string; title: string } => ({ key: title, title });
  switch (options.groupBy) {
    case 'document':
      return [{ key: tag.documentKey, title: options.documentTitle?.(tag) ?? claim.document.path }];
    case 'label':
      return [same(claim.label)];
    case 'entity': {
      const labels = [...new Set(claim.entities.map((e) => e.label))];
      return (labels.length > 0 ? labels : [NO_ENTITY]).map(same);
    }
  }
}

function groupOrder(options: TreeModelOptions): (a: string, b: string) => number {
  if (options.groupBy === 'label') {
    const rank = (label: string): number => {
      const i = options.labelOrder.indexOf(label);
      return i === -1 ? options.labelOrder.length : i;
    };
    return (a, b) => rank(a) - rank(b) || compareStrings(a, b);
  }
  // "(no entity)" goes last rather than first, where "(" would sort it.
  return (a, b) => Number(a === NO_ENTITY) - Number(b === NO_ENTITY) || compareStrings(a, b);
}

function byClaim(a: TreeTag, b: TreeTag): number {
  return compareClaims(a.claim, b.claim) || compareStrings(a.documentKey, b.documentKey);
}
