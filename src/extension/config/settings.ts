// The typed shape of ClaimLens settings and the sanitiser that turns whatever
// is in settings.json into it. A bad value falls back to its default here,
// once, instead of throwing later in a decorator or a hover.
// Pure: no `vscode` import, so it is unit-tested in Node.
import { DEFAULT_KB_FOLDER, kbFilesOf, kbFolderOf, stringList } from '../../core/config/kbSettings';

/** What can be highlighted; claim kinds are grouped so the palette stays readable. */
export const HIGHLIGHT_TYPES = [
  'person', 'place', 'organization', 'nationality', 'other',
  'quantity', 'money', 'time', 'tagged',
] as const;

export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];

export interface ClaimLensSettings {
  /** Language ids whose documents are analysed. */
  readonly languages: readonly string[];
  readonly highlight: {
    readonly enabled: boolean;
    readonly types: ReadonlySet<HighlightType>;
    readonly overviewRuler: boolean;
    /** Pronouns standing for an actor ("he", "they"): detected for batch users, noise in the editor. */
    readonly references: boolean;
  };
  readonly hover: { readonly enabled: boolean };
  /** Analysts' KB files (workspace-relative or absolute paths) merged over the bundled KB. */
  readonly kbFiles: readonly string[];
  /** Workspace-relative folder whose *.json and *.csv files are loaded as user KBs; '' turns it off. */
  readonly kbFolder: string;
  /** KB entries written directly in settings (the `entities` items of a KB file); checked when loaded. */
  readonly kbEntries: readonly unknown[];
  /** Documents longer than this (UTF-16 units) are not analysed automatically. */
  readonly maxDocumentSize: number;
  /** Quiet time after the last edit before a document is re-analysed. */
  readonly debounceMs: number;
}

export const DEFAULT_SETTINGS: ClaimLensSettings = {
  languages: ['plaintext', 'markdown'],
  highlight: { enabled: true, types: new Set(HIGHLIGHT_TYPES), overviewRuler: true, references: false },
  hover: { enabled: true },
  kbFiles: [],
  kbFolder: DEFAULT_KB_FOLDER,
  kbEntries: [],
  maxDocumentSize: 2_000_000,
  debounceMs: 300,
};

/** Reads one raw value by its key below `claimlens.` (e.g. "highlight.types"). */
export type RawSettingReader = (key: string) => unknown;

export function sanitizeSettings(read: RawSettingReader): ClaimLensSettings {
  const d = DEFAULT_SETTINGS;
  return {
    languages: stringList(read('languages')) ?? d.languages,
    highlight: {
      enabled: bool(read('highlight.enabled')) ?? d.highlight.enabled,
      types: highlightTypes(read('highlight.types')) ?? d.highlight.types,
      overviewRuler: bool(read('highlight.overviewRuler')) ?? d.highlight.overviewRuler,
      references: bool(read('highlight.references')) ?? d.highlight.references,
    },
    hover: { enabled: bool(read('hover.enabled')) ?? d.hover.enabled },
    kbFiles: kbFilesOf(read('kb.files')),
    kbFolder: kbFolderOf(read('kb.folder')),
    kbEntries: anyList(read('kb.entries')) ?? d.kbEntries,
    maxDocumentSize: int(read('maxDocumentSize'), 1_000, 50_000_000) ?? d.maxDocumentSize,
    debounceMs: int(read('analysis.debounceMs'), 0, 10_000) ?? d.debounceMs,
  };
}

export function isHighlightType(value: unknown): value is HighlightType {
  return typeof value === 'string' && (HIGHLIGHT_TYPES as readonly string[]).includes(value);
}

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function int(value: unknown, min: number, max: number): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Items stay unchecked here: the KB validator reports each bad entry with its index. */
function anyList(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? (value as unknown[]) : undefined;
}

/** Unknown names are dropped (a typo hides nothing else); a non-list falls back. */
function highlightTypes(value: unknown): Set<HighlightType> | undefined {
  if (!Array.isArray(value)) return undefined;
  return new Set(value.filter(isHighlightType));
}
