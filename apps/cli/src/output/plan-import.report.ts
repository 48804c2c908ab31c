import type { ImportProblem, PlanImportOutcome, PlanImportProblem, ReconciliationFinding } from '@scorecard/ingest';
import { formatRefusedImport } from './import-problems.report';
import { formatNumber } from './number-format';

const ROUNDING_SHOWN = 10;

function where(finding: ReconciliationFinding): string {
  const row = finding.provinceCode === null ? 'national row' : `${finding.publishedName} (${finding.provinceCode})`;
  const month = finding.month === null ? 'period total' : finding.month;
  return `${finding.metric}  ${row}  ${month}`;
}

function findingLine(finding: ReconciliationFinding): string {
  return (
    `  ${where(finding)}: published ${formatNumber(finding.published)}, computed ${formatNumber(finding.computed)}, ` +
    `difference ${formatNumber(finding.difference, true)}  [${finding.file}:${finding.line}]`
  );
}

/** The human-readable report of an import: what was stored, then where the tables disagree with themselves. */
export function formatImportOutcome(outcome: PlanImportOutcome): string {
  const r = outcome.reconciliation;
  const head = outcome.dryRun
    ? `Plan ${outcome.planId}: checked, nothing stored (dry run); it would be version ${outcome.version}.`
    : outcome.created
      ? `Plan ${outcome.planId}: version ${outcome.version} stored.`
      : `Plan ${outcome.planId}: same content as version ${outcome.version}; nothing changed.`;
  const lines = [head, `Tables read: ${outcome.metricsImported.join(', ')}.`];
  if (outcome.metricsCarriedOver.length > 0)
    lines.push(`Kept from the previous version: ${outcome.metricsCarriedOver.join(', ')}.`);
  lines.push(
    `Reconciliation: ${formatNumber(r.cellsChecked)} published cells checked, ${formatNumber(r.errorCount)} error(s), ` +
      `${formatNumber(r.roundingCount)} rounding difference(s). Numbers are stored as published.`,
  );
  const errors = r.findings.filter((f) => f.severity === 'ERROR');
  const rounding = r.findings.filter((f) => f.severity === 'ROUNDING');
  if (errors.length > 0)
    lines.push('', 'Errors in the source (beyond what rounding explains):', ...errors.map(findingLine));
  if (rounding.length > 0) {
    lines.push(
      '',
      `Rounding differences (${rounding.length}${rounding.length > ROUNDING_SHOWN ? `, first ${ROUNDING_SHOWN}; --json lists all` : ''}):`,
    );
    lines.push(...rounding.slice(0, ROUNDING_SHOWN).map(findingLine));
  }
  return lines.join('\n');
}

/** "file:row:column", as an editor jumps to it, and the column's name when the file gives one. */
function placeInPlan(p: ImportProblem): string {
  const place = [p.file, p.row, p.columnNumber].filter((part) => part !== null).join(':');
  return p.column === null ? place : `${place} (column "${p.column}")`;
}

export function formatProblems(problems: readonly PlanImportProblem[]): string {
  return formatRefusedImport(problems, placeInPlan);
}
