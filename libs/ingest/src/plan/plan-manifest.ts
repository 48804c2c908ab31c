import { isIsoDate, isMetricKey, type PlanPeriod, type ReportDay, type UnitSet } from '@scorecard/domain';
import { z } from 'zod';
import { PlanImportError, type PlanImportProblem } from './plan-import.errors';

// manifest.json describes a published plan: the issuing document, the period, the report days and which
// appendix file holds which metrics (in the order of their blocks, left to right).

export type PlanTableSpec = {
  /** File name inside the plan directory. */
  file: string;
  /** Appendix number as printed ("01"). */
  appendix: string;
  /** Metric keys of the blocks of this table, left to right (sheet by sheet for a workbook). */
  metrics: string[];
};

export type PlanManifest = {
  id: string;
  title: string;
  issuingDocument: string;
  issuedOn: string;
  issuer: string;
  periodStart: string;
  periodEnd: string;
  reportDays: ReportDay[];
  unitSet: UnitSet;
  tables: PlanTableSpec[];
};

const isoDate = z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');

const manifestSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be letters, digits and hyphens (it names the directory)'),
    title: text,
    issuingDocument: text,
    issuedOn: isoDate,
    issuer: text,
    periodStart: isoDate,
    periodEnd: isoDate,
    reportDays: z.array(z.union([z.number().int().min(1).max(31), z.literal('last')])).min(1),
    unitSet: z.literal('vn63-2004'),
    tables: z
      .array(
        z.object({
          file: z
            .string()
            .regex(
              /^[\w.-]+\.(?:txt|tsv|text|xlsx|csv)$/i,
              'must be a .txt, .tsv, .xlsx or .csv file name inside the plan directory',
            ),
          appendix: z.string().regex(/^\d{2}$/, 'must be the two-digit appendix number, e.g. "01"'),
          metrics: z.array(z.string().refine(isMetricKey, 'is not a metric key of data/reference/metrics.json')).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((manifest, context) => {
    if (manifest.periodStart > manifest.periodEnd) {
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
    }
    const seenMetrics = new Set<string>();
    const seenFiles = new Set<string>();
    manifest.tables.forEach((table, index) => {
      if (seenFiles.has(table.file)) {
        context.addIssue({ code: 'custom', path: ['tables', index, 'file'], message: 'is listed twice' });
      }
      seenFiles.add(table.file);
      table.metrics.forEach((metric, block) => {
        if (seenMetrics.has(metric)) {
          context.addIssue({ code: 'custom', path: ['tables', index, 'metrics', block], message: 'is listed twice' });
        }
        seenMetrics.add(metric);
      });
    });
  });

function valueAt(root: unknown, path: readonly PropertyKey[]): string | null {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node === undefined ? null : JSON.stringify(node);
}

/** Parses and validates manifest.json; `file` is its path relative to the repository root. */
export function parsePlanManifest(json: string, file: string): PlanManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanImportError([
      {
        kind: 'INVALID_MANIFEST',
        file,
        line: null,
        column: null,
        value: null,
        message: `is not valid JSON: ${reason}`,
        fix: 'Correct the JSON syntax.',
      },
    ]);
  }
  const result = manifestSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems: PlanImportProblem[] = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(root)';
    return {
      kind: 'INVALID_MANIFEST',
      file,
      line: null,
      column: null,
      value: valueAt(raw, issue.path),
      message: `${field}: ${issue.message}`,
      fix: `Correct "${field}" in the manifest.`,
    };
  });
  throw new PlanImportError(problems);
}

export function planPeriodOf(manifest: PlanManifest): PlanPeriod {
  return { start: manifest.periodStart, end: manifest.periodEnd };
}
