// Tagging settings, sanitised once: a bad value falls back to its default
// instead of failing later in a quick pick. Pure (no `vscode`) for unit tests.
import { DEFAULT_LABELS } from '../../core/store/taggedClaim';
import type { StoreLocationMode } from '../persistence/storeLocator';

export interface TaggingSettings {
  /** Non-empty, unique, in the configured order. */
  readonly labels: readonly string[];
  readonly askForNote: boolean;
  readonly storeLocation: StoreLocationMode;
  /** Written into each new tag; from `claimlens.analyst`, else the OS user name, else "analyst". */
  readonly analyst: string;
}

/** Reads one raw value by its key below `claimlens.`. */
export type RawSettingReader = (key: string) => unknown;

const MAX_LABEL_LENGTH = 200;

export function sanitizeTaggingSettings(read: RawSettingReader, osUser: string | undefined): TaggingSettings {
  const labels = labelList(read('tagging.labels'));
  const askForNote = read('tagging.askForNote');
  const location = read('store.location');
  const analyst = read('analyst');
  return {
    labels: labels.length > 0 ? labels : DEFAULT_LABELS,
    askForNote: typeof askForNote === 'boolean' ? askForNote : true,
    storeLocation: location === 'workspaceStorage' ? 'workspaceStorage' : 'workspace',
    analyst: nonEmpty(analyst) ?? nonEmpty(osUser) ?? 'analyst',
  };
}

function labelList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const labels = value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v !== '' && v.length <= MAX_LABEL_LENGTH);
  return [...new Set(labels)];
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_LABEL_LENGTH) : undefined;
}
