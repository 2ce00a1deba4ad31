// Provenance written into exports. Both front ends get it from
// `loadWorkspaceExport` (loadWorkspace.ts), so their exports stay byte-identical.

import type { ExportProvenance } from './exportTypes';
import { ENGINE_VERSION } from '../version';
import { workspaceKbSettings } from './detectorSettings';

/**
 * `kbJson` is the bundled KB file's text (only its `version` is read);
 * `workspaceSettings` the text of the folder's `.vscode/settings.json`, if any.
 */
export function exportProvenance(kbJson: string | undefined, workspaceSettings?: string): ExportProvenance {
  const { kbFiles, kbFolder, kbEntries } = workspaceKbSettings(workspaceSettings);
  return {
    claimLensVersion: ENGINE_VERSION,
    kbVersion: kbVersionOf(kbJson),
    detector: { engine: ENGINE_VERSION, kbEntries, kbFiles, kbFolder },
  };
}

function kbVersionOf(kbJson: string | undefined): string {
  if (kbJson === undefined) return 'unknown';
  try {
    const parsed: unknown = JSON.parse(kbJson);
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version;
    }
  } catch {
    // A damaged KB file is reported by the KB loader; the export just says "unknown".
  }
  return 'unknown';
}
