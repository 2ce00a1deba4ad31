// The KB settings an export records as `provenance.detector`: `claimlens.kb.folder`,
// `claimlens.kb.files` and `claimlens.kb.entries` change what detection links,
// so a reader of the export must see them. They are read from the workspace
// folder's own `.vscode/settings.json` — the one place both `claimlens export
// DIR` and the editor can see — never from user or machine settings, which
// differ between colleagues and would make two exports of one state differ.
// Sanitised as the editor's settings are (src/core/config/kbSettings.ts), so a
// bad value is recorded as the default the editor falls back to.

import { parse } from 'jsonc-parser';
import { contentHash } from '../anchoring/contentHash';
import { kbFilesOf, kbFolderOf } from '../config/kbSettings';
import { isObject } from '../store/diagnostics';

/** Workspace-relative path of the settings file both front ends read. */
export const WORKSPACE_SETTINGS_PATH = '.vscode/settings.json';

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
  const entries = settingAt(tree, 'claimlens.kb.entries');
  return {
    kbFiles: kbFilesOf(settingAt(tree, 'claimlens.kb.files')),
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
  if (!isObject(raw)) return tree;
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('[')) continue;
    const segments = key.split('.');
    let node = tree;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      node = node[segment] = isObject(next) ? { ...next } : {};
    }
    node[segments[segments.length - 1]!] = value;
  }
  return tree;
}

function settingAt(tree: Record<string, unknown>, key: string): unknown {
  let node: unknown = tree;
  for (const segment of key.split('.')) node = isObject(node) ? node[segment] : undefined;
  return node;
}

/** JSON with object keys sorted at every level: the same entries hash the same however they were written. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
