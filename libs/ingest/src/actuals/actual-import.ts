import { createHash } from 'node:crypto';
import {
  approvalRequirement,
  approvalState,
  dataQualityFindings,
  fileProblem,
  METRICS,
  type ApprovalRequirement,
  type ApprovalState,
  type DataQualityKind,
  type IsoDate,
  type ProblemText,
  type Role,
  type UnitSet,
} from '@scorecard/domain';
import {
  ActualImportRepository,
  PlanRepository,
  ReferenceRepository,
  type PlanRecord,
  type StoredValue,
  type SubmissionInput,
  type WarehouseDatabase,
  type WarningInput,
} from '@scorecard/warehouse';
import {
  ActualImportError,
  readActualSources,
  type ActualImportProblem,
  type ActualRow,
  type ActualSourceFile,
} from './actual-source.reader';
import { validateReportForm } from './report-form.validator';

// Reports of provinces against a plan, from files (CSV, XLSX, Parquet, Arrow) or the web form. Hard errors refuse
// everything; suspicious figures are stored and listed. Every submission is appended: a later one for the same
// province, metric and report date is a revision, and queries use the latest by submission time.

export type ActualImportOutcome = {
  planId: string;
  rowsStored: number;
  /** Rows equal to the revision already in force (nothing new to store). */
  rowsUnchanged: number;
  /** The same content was imported before; nothing was written. */
  alreadyImported: boolean;
  warnings: WarningInput[];
  /** The stored report (null when nothing was stored), who must approve it, and its state. */
  submissionId: number | null;
  approvalRequired: ApprovalRequirement;
  state: ApprovalState;
};

/**
 * Who sends the figures, as the server or the command line established it (never typed by the caller): recorded
 * as the importer, decides who must approve, and is written to the audit log with where the request came from.
 */
export type Submitter = { name: string; role: Role; via: string; origin: string };

type Clock = () => string;
const localNow: Clock = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
};

function refuse(kind: ActualImportProblem['kind'], file: string, value: string | null, text: ProblemText): never {
  throw new ActualImportError([fileProblem(kind, file, value, text)]);
}

async function planOf(db: WarehouseDatabase, planId: string, file: string): Promise<PlanRecord> {
  const plans = await new PlanRepository(db).list();
  const plan = plans.find((candidate) => candidate.id === planId);
  if (!plan) {
    const known = plans.map((p) => p.id).join(', ');
    refuse('UNKNOWN_PLAN', file, planId, {
      message: `there is no plan "${planId}" (known: ${known || 'none'})`,
      messageVi: `không có kế hoạch "${planId}" (các kế hoạch hiện có: ${known || 'chưa có'})`,
      fix: 'Name an existing plan.',
      fixVi: 'Chọn một kế hoạch đã có.',
    });
  }
  return plan;
}

/** Imports reported actuals from files; refused files throw ActualImportError and write nothing. */
export async function importActualFiles(
  db: WarehouseDatabase,
  request: { planId: string; files: readonly ActualSourceFile[]; submitter: Submitter; now?: Clock },
): Promise<ActualImportOutcome> {
  const plan = await planOf(db, request.planId, request.files[0]?.name ?? '(no file)');
  const provinces = await new ReferenceRepository(db).provinces(plan.unitSet as UnitSet);
  const read = await readActualSources(request.files, {
    provinces,
    metrics: METRICS,
    period: { start: plan.periodStart, end: plan.periodEnd },
  });
  if (read.problems.length > 0) throw new ActualImportError(read.problems, read.problemCount);
  const hash = createHash('sha256');
  for (const digest of request.files.map((file) => createHash('sha256').update(file.bytes).digest('hex')).sort())
    hash.update(digest);
  return storeActualRows(db, plan, read.rows, {
    contentHash: hash.digest('hex'),
    source: request.files.map((file) => file.name).join(', '),
    submitter: request.submitter,
    provinceCode: null,
    action: 'actuals.import',
    now: request.now ?? localNow,
  });
}

export type ReportFormInput = {
  planId: string;
  provinceCode: string;
  reportDate: IsoDate;
  values: readonly { metric: string; value: number }[];
  submitter: Submitter;
  now?: Clock;
};

/** One report entered by a province in the web form: the same checks and the same store as a file. */
export async function submitReport(db: WarehouseDatabase, input: ReportFormInput): Promise<ActualImportOutcome> {
  const source = `form:${input.submitter.name}`;
  const plan = await planOf(db, input.planId, source);
  const now = input.now ?? localNow;
  const provinces = await new ReferenceRepository(db).provinces(plan.unitSet as UnitSet);
  const checked = validateReportForm(
    { source, province: input.provinceCode, reportDate: input.reportDate, values: input.values },
    { provinces, metrics: METRICS, period: { start: plan.periodStart, end: plan.periodEnd } },
  );
  if (checked.problems.length > 0) throw new ActualImportError(checked.problems);
  const rows = checked.rows.map((row) => ({ ...row, sourceRow: null }));
  // Each form submission is new content, even with the same figures: it was sent again at another time.
  const contentHash = createHash('sha256')
    .update(JSON.stringify({ plan: input.planId, by: input.submitter.name, at: now(), rows }))
    .digest('hex');
  return storeActualRows(db, plan, rows, {
    contentHash,
    source,
    submitter: input.submitter,
    provinceCode: checked.rows[0]?.provinceCode ?? input.provinceCode,
    action: 'report.submit',
    now,
  });
}

/** The revisions in force of one province and metric, by report date, the dates kept in order. */
class SeriesInForce {
  private readonly byDate = new Map<string, { value: number; submittedAt: string }>();
  private readonly dates: string[] = [];

  get(date: string): { value: number; submittedAt: string } | undefined {
    return this.byDate.get(date);
  }

  set(date: string, revision: { value: number; submittedAt: string }): void {
    if (!this.byDate.has(date)) this.dates.splice(this.firstNotBefore(date), 0, date);
    this.byDate.set(date, revision);
  }

  /** The revision in force at the latest report date before `date`. */
  before(date: string): { value: number; submittedAt: string } | undefined {
    const index = this.firstNotBefore(date) - 1;
    return index < 0 ? undefined : this.byDate.get(this.dates[index]!);
  }

  private firstNotBefore(date: string): number {
    let low = 0;
    let high = this.dates.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.dates[middle]! < date) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The values already stored at the submission times of these rows, by province|metric|date|time. */
async function storedAtTimes(
  imports: ActualImportRepository,
  planId: string,
  rows: readonly IncomingRow[],
  importTime: string,
): Promise<Map<string, StoredValue>> {
  const times = new Set<string>();
  for (const row of rows) times.add(row.submittedAt ?? importTime);
  const stored = new Map<string, StoredValue>();
  for (const value of await imports.valuesSubmittedAt(planId, [...times]))
    stored.set(`${value.provinceCode}|${value.metric}|${value.reportDate}|${value.submittedAt}`, value);
  return stored;
}

/**
 * The time this import gives the rows that state none, and the values stored at every time the rows will carry.
 * The server's own time never makes a conflict: when a report stored in the same second holds another value, the
 * rows without a time of their own are given the next free second (a later submission is a later revision).
 */
async function importTimeAndStored(
  imports: ActualImportRepository,
  planId: string,
  rows: readonly IncomingRow[],
  now: string,
): Promise<{ time: string; stored: Map<string, StoredValue> }> {
  let time = now;
  for (let attempt = 0; ; attempt += 1) {
    const stored = await storedAtTimes(imports, planId, rows, time);
    const collides = rows.some((row) => {
      if (row.submittedAt !== null) return false;
      const before = stored.get(`${row.provinceCode}|${row.metric}|${row.reportDate}|${time}`);
      return before !== undefined && before.value !== row.value;
    });
    if (!collides || attempt === MAX_TIME_SHIFTS) return { time, stored };
    time = new Date(Date.parse(`${time}Z`) + 1000).toISOString().slice(0, 19);
  }
}
const MAX_TIME_SHIFTS = 60;
const YIELD_EVERY_ROWS = 5_000;

/** A figure that contradicts one stored earlier with the same submission time: refused like a conflict in a file. */
function conflictWithStored(row: IncomingRow, at: string, before: StoredValue, source: string): ActualImportProblem {
  const where =
    before.importId === null
      ? 'the shipped data'
      : `report ${before.importId} (${before.source}${before.sourceRow === null ? '' : ` row ${before.sourceRow}`})`;
  const whereVi =
    before.importId === null
      ? 'dữ liệu có sẵn của hệ thống'
      : `báo cáo số ${before.importId} (${before.source}${before.sourceRow === null ? '' : ` dòng ${before.sourceRow}`})`;
  return {
    kind: 'CONFLICTING_ROWS',
    file: row.sourceRow === null ? source : row.file,
    row: row.sourceRow,
    column: 'value',
    columnNumber: null,
    value: String(row.value),
    message: `province ${row.provinceCode}, ${row.metric} at ${row.reportDate} sent at ${at} already has the value ${before.value}, stored with ${where}; one submission time has one value`,
    messageVi: `tỉnh mã ${row.provinceCode}, ${row.metric} ngày ${row.reportDate} gửi lúc ${at} đã có giá trị ${before.value}, được lưu cùng ${whereVi}; mỗi thời điểm gửi chỉ có một giá trị`,
    fix: 'If this figure corrects the stored one, send it with a later submitted_at (or without submitted_at, so the time of this import is used); otherwise correct the row.',
    fixVi:
      'Nếu số liệu này dùng để sửa số đã lưu, hãy gửi với thời gian gửi (submitted_at) muộn hơn (hoặc bỏ trống submitted_at để lấy thời điểm của lần nhập này); nếu không, hãy sửa lại dòng.',
  };
}

/** A row to store; rows typed into the form have no row number. */
type IncomingRow = Omit<ActualRow, 'sourceRow'> & { sourceRow: number | null };

type StoreOptions = {
  contentHash: string;
  source: string;
  submitter: Submitter;
  provinceCode: string | null;
  action: 'actuals.import' | 'report.submit';
  now: Clock;
};

async function storeActualRows(
  db: WarehouseDatabase,
  plan: PlanRecord,
  rows: readonly IncomingRow[],
  options: StoreOptions,
): Promise<ActualImportOutcome> {
  // One writer at a time: what is stored and in force is read and written with no other import in between.
  return db.exclusive(() => storeActualRowsAlone(db, plan, rows, options));
}

async function storeActualRowsAlone(
  db: WarehouseDatabase,
  plan: PlanRecord,
  rows: readonly IncomingRow[],
  options: StoreOptions,
): Promise<ActualImportOutcome> {
  const imports = new ActualImportRepository(db);
  const base = {
    planId: plan.id,
    rowsStored: 0,
    rowsUnchanged: 0,
    warnings: [],
    submissionId: null,
    approvalRequired: 'NONE' as const,
    state: 'APPROVED' as const,
  };
  if (await imports.isImported(plan.id, options.contentHash)) return { ...base, alreadyImported: true };

  const totals = new Map<string, number>();
  if (plan.latestVersion !== null) {
    for (const cell of await new PlanRepository(db).allTargets(plan.id, plan.latestVersion)) {
      if (cell.provinceCode !== null && cell.month === null)
        totals.set(`${cell.provinceCode}|${cell.metric}`, cell.value);
    }
  }
  // The revision in force per province, metric and report date, updated as this import's rows are applied.
  const inForce = new Map<string, SeriesInForce>();
  for (const revision of await imports.latestRevisions(plan.id)) {
    const series = inForce.get(`${revision.provinceCode}|${revision.metric}`) ?? new SeriesInForce();
    series.set(revision.reportDate, { value: revision.value, submittedAt: revision.submittedAt });
    inForce.set(`${revision.provinceCode}|${revision.metric}`, series);
  }
  const schedule = new Set(plan.reportDates);
  const { time: submittedAt, stored } = await importTimeAndStored(imports, plan.id, rows, options.now());
  const submissions: SubmissionInput[] = [];
  const warnings: WarningInput[] = [];
  let unchanged = 0;
  // Codes, keys, ISO dates and times: plain code-unit order is their order (and far cheaper than localeCompare).
  const sortKey = (row: IncomingRow) =>
    `${row.provinceCode}\u0000${row.metric}\u0000${row.reportDate}\u0000${row.submittedAt ?? submittedAt}`;
  const keyed = rows.map((row) => ({ row, key: sortKey(row) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ordered = keyed.map((entry) => entry.row);
  const conflicts: ActualImportProblem[] = [];
  let seen = 0;
  for (const row of ordered) {
    // A file of many rows is checked in slices, so the server answers other requests meanwhile.
    if (++seen % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
    const key = `${row.provinceCode}|${row.metric}`;
    const series = inForce.get(key) ?? new SeriesInForce();
    inForce.set(key, series);
    const at = row.submittedAt ?? submittedAt;
    const before = stored.get(`${key}|${row.reportDate}|${at}`);
    if (before && before.value === row.value) {
      unchanged += 1;
      continue;
    }
    if (before) {
      conflicts.push(conflictWithStored(row, at, before, options.source));
      continue;
    }
    const current = series.get(row.reportDate);
    if (current && current.value === row.value) {
      unchanged += 1;
      continue;
    }
    const source = row.sourceRow === null ? options.source : `${row.file} row ${row.sourceRow}`;
    submissions.push({
      provinceCode: row.provinceCode,
      metric: row.metric,
      reportDate: row.reportDate,
      cumulativeValue: row.value,
      submittedAt: at,
      source: row.file,
      sourceRow: row.sourceRow,
    });
    // A revision sent with an earlier time than the one in force does not supersede it.
    if (!current || at >= current.submittedAt) series.set(row.reportDate, { value: row.value, submittedAt: at });
    const previous = series.before(row.reportDate);
    const findings = dataQualityFindings({
      reportDate: row.reportDate,
      value: row.value,
      previousValue: previous?.value ?? null,
      periodTotal: totals.get(key) ?? null,
      onSchedule: schedule.size === 0 || schedule.has(row.reportDate),
    });
    for (const finding of findings) {
      warnings.push({
        provinceCode: row.provinceCode,
        metric: row.metric,
        reportDate: row.reportDate,
        kind: finding.kind,
        value: row.value,
        previousValue: previous?.value ?? null,
        periodTotal: totals.get(key) ?? null,
        message: finding.message,
        source,
      });
    }
  }
  if (conflicts.length > 0) throw new ActualImportError(conflicts);
  // Nothing new (every figure equals the one in force): nothing to record either.
  if (submissions.length === 0) return { ...base, rowsUnchanged: unchanged, alreadyImported: false };
  const requirement = approvalRequirement(
    options.submitter.role,
    warnings.map((warning) => warning.kind as DataQualityKind),
  );
  const written = await imports.write({
    planId: plan.id,
    contentHash: options.contentHash,
    source: options.source,
    importedBy: options.submitter.name,
    submissions,
    rowsUnchanged: unchanged,
    warnings,
    submittedByRole: options.submitter.role,
    provinceCode: options.provinceCode,
    approvalRequired: requirement,
    audit: {
      actor: options.submitter.name,
      actorRole: options.submitter.role,
      via: options.submitter.via,
      origin: options.submitter.origin,
      action: options.action,
      target: null,
      outcome: 'OK',
      detail: {
        planId: plan.id,
        source: options.source,
        province: options.provinceCode,
        rowsStored: submissions.length,
        rowsUnchanged: unchanged,
        warnings: warnings.map((warning) => warning.kind),
        approvalRequired: requirement,
      },
    },
  });
  if (!written.written) return { ...base, alreadyImported: true };
  return {
    planId: plan.id,
    rowsStored: submissions.length,
    rowsUnchanged: unchanged,
    alreadyImported: false,
    warnings,
    submissionId: written.importId,
    approvalRequired: requirement,
    state: approvalState(requirement, null),
  };
}
