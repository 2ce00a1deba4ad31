// How a tag status reads in the tree, pickers and tooltips ("in-review" →
// "In review"). Pure, so the tree model's filter can match what is shown.
import type { TagStatus } from '../../core/store/taggedClaim';

const STATUS_TITLES: Record<TagStatus, string> = {
  open: 'Open',
  'in-review': 'In review',
  resolved: 'Resolved',
};

export function statusTitle(status: TagStatus): string {
  return STATUS_TITLES[status];
}
