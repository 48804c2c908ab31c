import { basename } from 'node:path';
import { fileProblem, formerUnitsOf, METRICS, monthsBetween, type UnitSet } from '@scorecard/domain';
import { PlanRepository, ReferenceRepository, type PlanRecord, type WarehouseDatabase } from '@scorecard/warehouse';
import { PlanImportError, type PlanImportProblem } from './plan-import.errors';
import { parsePlanManifest, type PlanManifest } from './plan-manifest';
import { reconcilePlan, type ReconciliationReport } from './plan-reconciliation';
import { readPlanSources, type PlanSourceFile } from './plan-source.reader';
import type { PublishedPlan } from './published-plan';
import { planVersionInput } from './plan-version-input';
import { manifestOfStoredPlan, publishedPlanFromCells } from './stored-plan';

// Import of a plan's published tables from any source (text, XLSX, long CSV), by the command line, the GraphQL
// mutation and the first start alike. Either every table is sound and the whole plan version is stored in one
// transaction, or a PlanImportError lists every problem and nothing is written.

export type PlanImportRequest = {
  /** The files as given: tables, and manifest.json for a new plan. */
  files: readonly PlanSourceFile[];
  /** The plan to add a version to; required when no manifest.json is among the files. */
  planId?: string | null;
  importedBy: string;
  /** How the importer was identified, for the audit log (the first start's own load has none). */
  audit?: { role: string | null; via: string; origin: string } | null;
  /** Check and reconcile only; store nothing. */
  dryRun?: boolean;
};

export type PlanImportOutcome = {
  planId: string;
  /** The version stored, or (dry run, or same content) the version it is or would be. */
  version: number;
  /** Whether a new version was stored. */
  created: boolean;
  dryRun: boolean;
  /** Metrics read from the files. */
  metricsImported: string[];
  /** Metrics of the previous version kept as they were because no file brought them. */
  metricsCarriedOver: string[];
  reconciliation: ReconciliationReport;
};

const MANIFEST = 'manifest.json';

export async function importPlanFiles(db: WarehouseDatabase, request: PlanImportRequest): Promise<PlanImportOutcome> {
  const plans = new PlanRepository(db);
  const references = new ReferenceRepository(db);
  const problems: PlanImportProblem[] = [];

  const manifestFiles = request.files.filter((file) => basename(file.name) === MANIFEST);
  const tableFiles = request.files.filter((file) => basename(file.name) !== MANIFEST);
  if (manifestFiles.length > 1) {
    problems.push(
      fileProblem('INVALID_MANIFEST', manifestFiles[1]!.name, null, {
        message: 'a second manifest.json was given',
        messageVi: 'có thêm một tệp manifest.json thứ hai',
        fix: 'Import one plan at a time, with one manifest.json.',
        fixVi: 'Mỗi lần chỉ nhập một kế hoạch, với một tệp manifest.json.',
      }),
    );
  }
  const manifest = manifestFiles[0]
    ? parsePlanManifest(new TextDecoder().decode(manifestFiles[0].bytes), manifestFiles[0].name)
    : null;

  const known = await plans.list();
  const planId = request.planId ?? manifest?.id ?? null;
  if (planId === null) {
    throw new PlanImportError([
      fileProblem('MISSING_MANIFEST', tableFiles[0]?.name ?? '(no file)', null, {
        message: 'no plan was named and no manifest.json was given',
        messageVi: 'chưa chọn kế hoạch và cũng chưa có tệp manifest.json',
        fix: 'Pass --plan <id> to add a version to an existing plan, or include manifest.json to create a plan.',
        fixVi:
          'Chọn kế hoạch (--plan <mã kế hoạch>) để thêm phiên bản cho một kế hoạch đã có, hoặc gửi kèm tệp manifest.json để tạo kế hoạch mới.',
      }),
    ]);
  }
  if (manifest && request.planId && manifest.id !== request.planId) {
    problems.push(
      fileProblem('INVALID_MANIFEST', manifestFiles[0]!.name, manifest.id, {
        message: `the manifest is for plan "${manifest.id}", not "${request.planId}"`,
        messageVi: `tệp manifest.json dành cho kế hoạch "${manifest.id}", không phải "${request.planId}"`,
        fix: 'Name the same plan in --plan and in manifest.json, or leave --plan out.',
        fixVi: 'Chọn cùng một kế hoạch ở --plan và trong manifest.json, hoặc bỏ --plan.',
      }),
    );
  }
  const existing = known.find((plan) => plan.id === planId) ?? null;
  if (!existing && !manifest) {
    throw new PlanImportError([
      fileProblem('UNKNOWN_PLAN', tableFiles[0]?.name ?? '(no file)', planId, {
        message: `there is no plan "${planId}" (known: ${known.map((p) => p.id).join(', ') || 'none'})`,
        messageVi: `không có kế hoạch "${planId}" (các kế hoạch hiện có: ${known.map((p) => p.id).join(', ') || 'chưa có'})`,
        fix: 'Name an existing plan, or include manifest.json to create this one.',
        fixVi: 'Chọn một kế hoạch đã có, hoặc gửi kèm tệp manifest.json để tạo kế hoạch này.',
      }),
    ]);
  }
  const periodProblem = periodChange(planId, existing, manifest, manifestFiles[0]?.name);
  if (periodProblem) problems.push(periodProblem);

  const periodStart = manifest?.periodStart ?? existing!.periodStart;
  const periodEnd = manifest?.periodEnd ?? existing!.periodEnd;
  const specs = new Map((manifest?.tables ?? []).map((spec) => [spec.file, spec]));
  const sources = tableFiles.map((file) => {
    const spec = specs.get(basename(file.name));
    return spec ? { ...file, metrics: spec.metrics, appendix: spec.appendix } : file;
  });
  if (manifest && !existing) {
    const given = new Set(tableFiles.map((file) => basename(file.name)));
    for (const spec of manifest.tables) {
      if (!given.has(spec.file)) {
        problems.push(
          fileProblem('MISSING_FILE', manifestFiles[0]!.name, spec.file, {
            message: `the manifest lists ${spec.file}, which was not given`,
            messageVi: `manifest.json khai báo tệp ${spec.file} nhưng tệp này chưa được gửi`,
            fix: `Give ${spec.file} too, or remove it from the manifest.`,
            fixVi: `Gửi kèm tệp ${spec.file}, hoặc bỏ tệp này khỏi manifest.json.`,
          }),
        );
      }
    }
  }

  // A plan is read against the units of its own set; a 34-unit plan refuses a name of the 63 with its successor.
  const unitSet: UnitSet = manifest?.unitSet ?? (existing!.unitSet as UnitSet);
  const provinces = await references.provinces(unitSet);
  const formerUnits =
    unitSet === 'vn34-2025'
      ? formerUnitsOf(
          await references.provinces('vn63-2004'),
          provinces,
          await references.crosswalk('vn63-2004', unitSet),
        )
      : [];
  const read = await readPlanSources(sources, {
    periodMonths: monthsBetween(periodStart, periodEnd),
    provinces,
    formerUnits,
    metrics: METRICS,
  });
  for (const found of read.problems) problems.push(found);
  const unlisted = read.problemCount - read.problems.length;
  if (problems.length > 0) throw new PlanImportError(problems, problems.length + unlisted);

  // From here to the stored version, one writer at a time: the version carried from and the version written
  // after it are read and written with no other plan import in between (two at once get consecutive versions).
  return db.exclusive(async () => {
    const current = (await plans.list()).find((plan) => plan.id === planId) ?? null;
    const changed = periodChange(planId, current, manifest, manifestFiles[0]?.name);
    if (changed) throw new PlanImportError([changed]);
    return storeVersion(db, request, { planId, manifest, existing: current, read });
  });
}

/** A manifest that would change the period of a stored plan. */
function periodChange(
  planId: string,
  existing: PlanRecord | null,
  manifest: PlanManifest | null,
  manifestFile: string | undefined,
): PlanImportProblem | null {
  if (!existing || !manifest) return null;
  if (existing.periodStart === manifest.periodStart && existing.periodEnd === manifest.periodEnd) return null;
  return fileProblem(
    'INVALID_MANIFEST',
    manifestFile ?? 'manifest.json',
    `${manifest.periodStart}..${manifest.periodEnd}`,
    {
      message: `plan "${planId}" is stored with the period ${existing.periodStart}..${existing.periodEnd}; a new version cannot change the period`,
      messageVi: `kế hoạch "${planId}" đã được lưu với kỳ kế hoạch ${existing.periodStart}..${existing.periodEnd}; phiên bản mới không được thay đổi kỳ kế hoạch`,
      fix: 'Import it as a new plan with its own id.',
      fixVi: 'Nhập thành một kế hoạch mới với mã kế hoạch riêng.',
    },
  );
}

/** The new version built from what was read and the latest stored version, stored (unless a dry run). */
async function storeVersion(
  db: WarehouseDatabase,
  request: PlanImportRequest,
  context: {
    planId: string;
    manifest: PlanManifest | null;
    existing: PlanRecord | null;
    read: Awaited<ReturnType<typeof readPlanSources>>;
  },
): Promise<PlanImportOutcome> {
  const { planId, manifest, existing, read } = context;
  const plans = new PlanRepository(db);
  // A version holds every metric of the plan: tables that no file brought are kept from the latest version.
  const imported = new Set(read.tables.map((table) => table.metric));
  const previous =
    existing && existing.latestVersion !== null
      ? publishedPlanFromCells(existing, await plans.allTargets(existing.id, existing.latestVersion))
      : null;
  const carried = (previous?.tables ?? []).filter((table) => !imported.has(table.metric));
  const tables = [...read.tables, ...carried].sort(
    (a, b) => METRICS.findIndex((m) => m.key === a.metric) - METRICS.findIndex((m) => m.key === b.metric),
  );
  const plan: PublishedPlan = { manifest: manifest ?? manifestOfStoredPlan(existing!, tables), tables };
  const reconciliation = reconcilePlan(plan);
  const input = planVersionInput(plan, { importedBy: request.importedBy });
  if (existing) {
    // The stored plan keeps its header and report dates; only its tables change from version to version.
    input.header = {
      ...input.header,
      title: existing.title,
      issuingDocument: existing.issuingDocument,
      issuedOn: existing.issuedOn,
      issuer: existing.issuer,
    };
    input.reportDates = existing.reportDates;
  }
  input.source = request.files.map((file) => file.name).join(', ');

  const base = {
    planId,
    dryRun: request.dryRun === true,
    metricsImported: [...imported],
    metricsCarriedOver: carried.map((t) => t.metric),
    reconciliation,
  };
  if (request.dryRun) {
    const latest = (existing ? await plans.versions(existing.id) : []).at(-1);
    const version = latest && latest.contentHash === input.contentHash ? latest.version : (latest?.version ?? 0) + 1;
    return { ...base, version, created: false };
  }
  const audit = request.audit
    ? {
        actor: request.importedBy,
        actorRole: request.audit.role,
        via: request.audit.via,
        origin: request.audit.origin,
        action: 'plan.import',
        target: null,
        outcome: 'OK' as const,
        detail: { metricsImported: [...imported], metricsCarriedOver: carried.map((t) => t.metric) },
      }
    : null;
  const saved = await plans.saveVersion(input, audit);
  return { ...base, version: saved.version, created: saved.created };
}
