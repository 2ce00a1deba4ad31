// One entry point for every format, used by the editor command and the CLI.

import type { ExportFormat, ExportInput } from './exportTypes';
import { renderClaimLensJson } from './claimLensJson';
import { renderCsv } from './csv';
import { renderMarkdownReport } from './markdownReport';
import { renderW3c } from './w3cAnnotations';

export function renderExport(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'json':
      return renderClaimLensJson(input);
    case 'w3c':
      return renderW3c(input);
    case 'csv':
      return renderCsv(input);
    case 'md':
      return renderMarkdownReport(input);
  }
}

export function parseExportFormat(value: string | undefined): ExportFormat | undefined {
  switch (value?.toLowerCase()) {
    case 'json': case 'claimlens': return 'json';
    case 'w3c': case 'jsonld': case 'json-ld': return 'w3c';
    case 'csv': return 'csv';
    case 'md': case 'markdown': return 'md';
    default: return undefined;
  }
}
