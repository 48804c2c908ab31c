// The headline of a stored report, from the server's counts.
import type { ActualImportResult } from '../../api/graphql-types';
import { formatInteger } from '../../i18n/format';
import { vi } from '../../i18n/vi';

export type ReportHeadline = { title: string; detail: string | null; tone: 'saved' | 'unchanged' };

export function reportHeadline(
  result: Pick<ActualImportResult, 'rowsStored' | 'rowsUnchanged' | 'alreadyImported'>,
): ReportHeadline {
  const t = vi.report.result;
  if (result.alreadyImported) return { title: t.alreadyImported, detail: null, tone: 'unchanged' };
  const unchanged = result.rowsUnchanged > 0 ? t.unchanged(formatInteger(result.rowsUnchanged)) : null;
  if (result.rowsStored === 0) return { title: t.nothingSaved, detail: unchanged, tone: 'unchanged' };
  return { title: t.saved(formatInteger(result.rowsStored)), detail: unchanged, tone: 'saved' };
}
