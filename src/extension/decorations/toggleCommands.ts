// "ClaimLens: Toggle Highlights" and "… for Type…". Both write the settings,
// so the setting stays the one source of truth and the choice persists.
import * as vscode from 'vscode';
import type { Configuration } from '../config/configuration';
import { HIGHLIGHT_TYPES, isHighlightType, type HighlightType } from '../config/settings';

const TYPE_LABELS: Readonly<Record<HighlightType, string>> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  nationality: 'Nationalities and groups',
  other: 'Other entities',
  quantity: 'Counts, measures and percentages',
  money: 'Money',
  time: 'Dates and durations',
  tagged: 'Tagged claims',
};

export function registerToggleCommands(config: Configuration): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('claimlens.toggleHighlights', async (enabled?: unknown) => {
      const next = typeof enabled === 'boolean' ? enabled : !config.current.highlight.enabled;
      await config.setHighlightEnabled(next);
      return next;
    }),
    vscode.commands.registerCommand('claimlens.toggleHighlightType', async (type?: unknown) => {
      const current = config.current.highlight.types;
      // With an argument (keybindings, tests): flip that one type, no UI.
      if (isHighlightType(type)) {
        const next = new Set(current);
        if (!next.delete(type)) next.add(type);
        await config.setHighlightTypes(next);
        return [...next];
      }
      const picked = await vscode.window.showQuickPick(
        HIGHLIGHT_TYPES.map((t) => ({ label: TYPE_LABELS[t], type: t, picked: current.has(t) })),
        { canPickMany: true, title: 'ClaimLens: highlight these types' },
      );
      if (picked === undefined) return [...current];
      const next = new Set(picked.map((p) => p.type));
      await config.setHighlightTypes(next);
      return [...next];
    }),
  );
}
