import { fileProblem, isIsoDate, isMetricKey, type PlanPeriod, type ReportDay, type UnitSet } from '@scorecard/domain';
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
  /** Made up for demonstration (a sample plan), not published by the agency; default false. */
  synthetic: boolean;
  tables: PlanTableSpec[];
};

// What our own checks say, in English (the issue's message) and in Vietnamese (messageVi of the problem).
const SAID = {
  date: { en: 'must be a calendar date written YYYY-MM-DD', vi: 'phải là một ngày có thật, viết theo dạng YYYY-MM-DD' },
  empty: { en: 'must not be empty', vi: 'không được để trống' },
  id: {
    en: 'must be letters, digits and hyphens (it names the directory)',
    vi: 'chỉ được gồm chữ cái, chữ số và dấu gạch ngang (mã này cũng là tên thư mục)',
  },
  file: {
    en: 'must be a .txt, .tsv, .xlsx or .csv file name inside the plan directory',
    vi: 'phải là tên một tệp .txt, .tsv, .xlsx hoặc .csv nằm trong thư mục kế hoạch',
  },
  appendix: {
    en: 'must be the two-digit appendix number, e.g. "01"',
    vi: 'phải là số phụ lục gồm hai chữ số, ví dụ "01"',
  },
  metric: {
    en: 'is not a metric key of data/reference/metrics.json',
    vi: 'không phải là mã chỉ tiêu trong data/reference/metrics.json',
  },
  periodEnd: { en: 'must not be before periodStart', vi: 'không được sớm hơn periodStart' },
  twice: { en: 'is listed twice', vi: 'bị khai báo hai lần' },
} as const;
const SAID_VI = new Map<string, string>(Object.values(SAID).map(({ en, vi }) => [en, vi]));

// The types zod names in an invalid_type issue, as a Vietnamese reader knows them.
const TYPES_VI: Readonly<Record<string, string>> = {
  string: 'chuỗi văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách (mảng JSON)',
  object: 'đối tượng JSON',
};

/**
 * An issue in Vietnamese: our own checks by their English text, zod's common ones by their code; any other keeps
 * zod's English inside a Vietnamese sentence. `found` is the value found (null when the field is missing).
 */
function issueMessageVi(issue: z.core.$ZodIssue, found: string | null): string {
  const said = SAID_VI.get(issue.message);
  if (said) return said;
  const literal = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));
  switch (issue.code) {
    case 'invalid_type':
      return found === null ? 'thiếu mục này (bắt buộc)' : `phải là ${TYPES_VI[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `phải có ít nhất ${issue.minimum} phần tử`;
      if (issue.origin === 'string') return `phải có ít nhất ${issue.minimum} ký tự`;
      return issue.inclusive ? `không được nhỏ hơn ${issue.minimum}` : `phải lớn hơn ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `chỉ được có tối đa ${issue.maximum} phần tử`;
      if (issue.origin === 'string') return `chỉ được có tối đa ${issue.maximum} ký tự`;
      return issue.inclusive ? `không được lớn hơn ${issue.maximum}` : `phải nhỏ hơn ${issue.maximum}`;
    case 'invalid_value':
      return `phải là ${issue.values.map(literal).join(' hoặc ')}`;
    case 'invalid_union':
      return 'không khớp với dạng nào được chấp nhận';
    case 'unrecognized_keys':
      return `có mục không được chấp nhận: ${issue.keys.join(', ')}`;
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return `không hợp lệ (${issue.message})`;
  }
}

const isoDate = z.string().refine(isIsoDate, SAID.date.en);
const text = z.string().trim().min(1, SAID.empty.en);

const manifestSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, SAID.id.en),
    title: text,
    issuingDocument: text,
    issuedOn: isoDate,
    issuer: text,
    periodStart: isoDate,
    periodEnd: isoDate,
    reportDays: z.array(z.union([z.number().int().min(1).max(31), z.literal('last')])).min(1),
    unitSet: z.enum(['vn63-2004', 'vn34-2025']),
    synthetic: z.boolean().default(false),
    tables: z
      .array(
        z.object({
          file: z.string().regex(/^[\w.-]+\.(?:txt|tsv|text|xlsx|csv)$/i, SAID.file.en),
          appendix: z.string().regex(/^\d{2}$/, SAID.appendix.en),
          metrics: z.array(z.string().refine(isMetricKey, SAID.metric.en)).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((manifest, context) => {
    if (manifest.periodStart > manifest.periodEnd) {
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: SAID.periodEnd.en });
    }
    const seenMetrics = new Set<string>();
    const seenFiles = new Set<string>();
    manifest.tables.forEach((table, index) => {
      if (seenFiles.has(table.file)) {
        context.addIssue({ code: 'custom', path: ['tables', index, 'file'], message: SAID.twice.en });
      }
      seenFiles.add(table.file);
      table.metrics.forEach((metric, block) => {
        if (seenMetrics.has(metric)) {
          context.addIssue({ code: 'custom', path: ['tables', index, 'metrics', block], message: SAID.twice.en });
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
      fileProblem('INVALID_MANIFEST', file, null, {
        message: `is not valid JSON: ${reason}`,
        messageVi: `không phải là JSON hợp lệ: ${reason}`,
        fix: 'Correct the JSON syntax.',
        fixVi: 'Sửa lại cú pháp JSON của tệp.',
      }),
    ]);
  }
  const result = manifestSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems: PlanImportProblem[] = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(root)';
    const value = valueAt(raw, issue.path);
    return fileProblem('INVALID_MANIFEST', file, value, {
      message: `${field}: ${issue.message}`,
      messageVi: `${field}: ${issueMessageVi(issue, value)}`,
      fix: `Correct "${field}" in the manifest.`,
      fixVi: `Sửa mục "${field}" trong manifest.json.`,
    });
  });
  throw new PlanImportError(problems);
}

export function planPeriodOf(manifest: PlanManifest): PlanPeriod {
  return { start: manifest.periodStart, end: manifest.periodEnd };
}
