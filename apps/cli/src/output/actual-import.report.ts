import type { ActualImportOutcome, ActualImportProblem, ImportProblem } from '@scorecard/ingest';
import { formatRefusedImport } from './import-problems.report';
import { formatNumber } from './number-format';

export function formatActualImport(outcome: ActualImportOutcome): string {
  if (outcome.alreadyImported) return `Plan ${outcome.planId}: this content was imported before; nothing changed.`;
  const lines = [
    `Plan ${outcome.planId}: ${formatNumber(outcome.rowsStored)} submission(s) stored, ${formatNumber(outcome.rowsUnchanged)} unchanged (same as the figure in force).`,
  ];
  if (outcome.warnings.length > 0) {
    lines.push('', `Data-quality warnings (${outcome.warnings.length}; stored as sent, check with the province):`);
    for (const w of outcome.warnings)
      lines.push(`  ${w.kind}  ${w.provinceCode} ${w.metric} ${w.reportDate}: ${w.message}  [${w.source}]`);
  }
  return lines.join('\n');
}

/** "file, row 2, province": the column by its name in the header, by its position when it has none. */
function placeInReport(p: ImportProblem): string {
  const column = p.column ?? (p.columnNumber === null ? null : `column ${p.columnNumber}`);
  return [p.file, p.row === null ? null : `row ${p.row}`, column].filter((part) => part !== null).join(', ');
}

export function formatActualProblems(problems: readonly ActualImportProblem[]): string {
  return formatRefusedImport(problems, placeInReport);
}
