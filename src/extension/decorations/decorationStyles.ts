// How each highlight type looks. Colours are theme colours contributed in
// package.json (`claimlens.<type>Background` / `claimlens.<type>Border`), so
// themes and `workbench.colorCustomizations` restyle them; no hex here.
import * as vscode from 'vscode';
import type { HighlightType } from '../config/settings';

/** Overview-ruler lane: entities centre, claims right, tags left, so they never hide each other. */
const LANES: Readonly<Record<HighlightType, vscode.OverviewRulerLane>> = {
  person: vscode.OverviewRulerLane.Center,
  place: vscode.OverviewRulerLane.Center,
  organization: vscode.OverviewRulerLane.Center,
  nationality: vscode.OverviewRulerLane.Center,
  other: vscode.OverviewRulerLane.Center,
  quantity: vscode.OverviewRulerLane.Right,
  money: vscode.OverviewRulerLane.Right,
  time: vscode.OverviewRulerLane.Right,
  tagged: vscode.OverviewRulerLane.Left,
};

export function colorId(type: HighlightType, part: 'Background' | 'Border'): string {
  return `claimlens.${type}${part}`;
}

export function createDecorationType(type: HighlightType, overviewRuler: boolean): vscode.TextEditorDecorationType {
  const border = new vscode.ThemeColor(colorId(type, 'Border'));
  const ruler: vscode.DecorationRenderOptions = overviewRuler
    ? { overviewRulerColor: border, overviewRulerLane: LANES[type] }
    : {};
  if (type === 'tagged') {
    // A tag is a decision the analyst made: a full frame, unlike the
    // underline of a mere detection.
    return vscode.window.createTextEditorDecorationType({
      ...ruler,
      backgroundColor: new vscode.ThemeColor(colorId(type, 'Background')),
      borderColor: border,
      borderStyle: 'solid',
      borderWidth: '1px',
      borderRadius: '3px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }
  return vscode.window.createTextEditorDecorationType({
    ...ruler,
    backgroundColor: new vscode.ThemeColor(colorId(type, 'Background')),
    borderColor: border,
    // Dates and durations are context, not figures: dotted, lighter touch.
    borderStyle: type === 'time' ? 'none none dotted none' : 'none none solid none',
    borderWidth: '0 0 2px 0',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}
