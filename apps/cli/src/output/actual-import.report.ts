import type { ActualImportOutcome, ActualImportProblem } from '@scorecard/ingest';
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

export function formatActualProblems(problems: readonly ActualImportProblem[]): string {
  const lines = problems.map((p) => {
    const place = [p.file, p.row === null ? null : `row ${p.row}`, p.column].filter((part) => part !== null).join(', ');
    const value = p.value === null ? '' : ` (found "${p.value}")`;
    return `  ${place}: ${p.message}${value}\n      fix: ${p.fix}`;
  });
  return [`Import refused: ${problems.length} problem(s); nothing was written.`, ...lines].join('\n');
}
