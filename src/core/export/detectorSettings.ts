// The KB settings an export records as `provenance.detector`: `claimlens.kb.folder`,
// `claimlens.kb.files` and `claimlens.kb.entries` change what detection links,
// so a reader of the export must see them. They are read from the workspace
// folder's own `.vscode/settings.json` — the one place both `claimlens export
// DIR` and the editor can see — never from user or machine settings, which
// differ between colleagues and would make two exports of one state differ.
// Sanitised like the editor's settings (src/extension/config/settings.ts), so a
// bad value is recorded as the default the editor falls back to.

import { parse } from 'jsonc-parser';
import { contentHash } from '../anchoring/contentHash';

/** Workspace-relative path of the settings file both front ends read. */
export const WORKSPACE_SETTINGS_PATH = '.vscode/settings.json';

const DEFAULT_KB_FOLDER = '.claimlens/kb';

export interface KbSettings {
  /** `claimlens.kb.files` in merge order (later wins), trimmed, each once. */
  readonly kbFiles: readonly string[];
  /** `claimlens.kb.folder`, '/'-separated; '' when turned off. */
  readonly kbFolder: string;
  /** "sha256:…" of the `claimlens.kb.entries` (keys sorted), '' when there are none. */
  readonly kbEntries: string;
}

/** `settingsText` is the file's text, undefined when the folder has none. */
export function workspaceKbSettings(settingsText: string | undefined): KbSettings {
  const tree = settingsTree(settingsText);
  const files = settingAt(tree, 'claimlens.kb.files');
  const entries = settingAt(tree, 'claimlens.kb.entries');
  return {
    kbFiles: Array.isArray(files) ? [...new Set(files.filter((f): f is string => typeof f === 'string' && f.trim() !== '').map((f) => f.trim()))] : [],
    kbFolder: kbFolderOf(settingAt(tree, 'claimlens.kb.folder')),
    kbEntries: Array.isArray(entries) && entries.length > 0 ? contentHash(canonicalJson(entries)) : '',
  };
}

/**
 * Settings as VS Code reads them: comments and trailing commas allowed, dotted
 * keys nested ("claimlens.kb.files" and {"claimlens": {"kb": {"files": …}}}
 * mean the same), language blocks ("[markdown]") left out.
 */
function settingsTree(text: string | undefined): Record<string, unknown> {
  const raw: unknown = text === undefined ? undefined : parse(text, [], { allowTrailingComma: true });
  const tree: Record<string, unknown> = {};
  if (!isRecord(raw)) return tree;
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('[')) continue;
    const segments = key.split('.');
    let node = tree;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      node = isRecord(next) ? next : (node[segment] = {});
    }
    node[segments[segments.length - 1]!] = value;
  }
  return tree;
}

function settingAt(tree: Record<string, unknown>, key: string): unknown {
  let node: unknown = tree;
  for (const segment of key.split('.')) node = isRecord(node) ? node[segment] : undefined;
  return node;
}

/** "team/kb/" → "team/kb"; an absolute path or one with ".." falls back to the default, as in the editor. */
function kbFolderOf(value: unknown): string {
  if (typeof value !== 'string' || /^\s*[\\/]/.test(value)) return DEFAULT_KB_FOLDER;
  const parts = value.trim().replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  return parts.includes('..') || /^[a-zA-Z]:/.test(parts[0] ?? '') ? DEFAULT_KB_FOLDER : parts.join('/');
}

/** JSON with object keys sorted at every level: the same entries hash the same however they were written. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
