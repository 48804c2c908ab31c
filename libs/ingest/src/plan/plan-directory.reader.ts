import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, METRICS, monthsBetween, type Province } from '@scorecard/domain';
import { readFormerUnits, readUnitSet } from '../reference/unit-crosswalk.reader';
import { PlanImportError, type PlanImportProblem } from './plan-import.errors';
import { parsePlanManifest } from './plan-manifest';
import { fileErrorReason } from './plan-source-files';
import { readPlanSources, type PlanSourceFile } from './plan-source.reader';
import type { PublishedPlan } from './published-plan';

// The I/O of plan import. A plan directory lives at <data>/plans/<plan id>/ and holds manifest.json and the
// appendix tables; the provinces of the manifest's unit set come from <data>/reference/.

export type PlanDirectoryOptions = {
  /** Root that file paths are reported relative to; defaults to the parent of <data>. */
  repoRoot?: string;
  /** Defaults to the reference list of the manifest's unit set. */
  provinces?: readonly Province[];
};

function relativePath(repoRoot: string, file: string): string {
  return path.relative(repoRoot, file).split(path.sep).join('/');
}

async function readBytes(file: string, repoRoot: string, problems: PlanImportProblem[]): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const { reason, reasonVi } = fileErrorReason(error);
    problems.push(
      fileProblem('MISSING_FILE', relativePath(repoRoot, file), null, {
        message: `the file cannot be read: ${reason}`,
        messageVi: `không đọc được tệp: ${reasonVi}`,
        fix: 'Add the file or correct its name in manifest.json.',
        fixVi: 'Bổ sung tệp, hoặc sửa lại tên tệp trong manifest.json.',
      }),
    );
    return null;
  }
}

export async function readPlanDirectory(dir: string, options: PlanDirectoryOptions = {}): Promise<PublishedPlan> {
  const planDir = path.resolve(dir);
  const dataDir = path.join(planDir, '..', '..');
  const repoRoot = path.resolve(options.repoRoot ?? path.join(dataDir, '..'));
  const problems: PlanImportProblem[] = [];

  const manifestFile = path.join(planDir, 'manifest.json');
  const manifestBytes = await readBytes(manifestFile, repoRoot, problems);
  if (manifestBytes === null) throw new PlanImportError(problems);
  const manifest = parsePlanManifest(new TextDecoder().decode(manifestBytes), relativePath(repoRoot, manifestFile));
  if (manifest.id !== path.basename(planDir)) {
    problems.push(
      fileProblem('INVALID_MANIFEST', relativePath(repoRoot, manifestFile), manifest.id, {
        message: `id does not match the directory name "${path.basename(planDir)}"`,
        messageVi: `mã kế hoạch (id) không khớp với tên thư mục "${path.basename(planDir)}"`,
        fix: 'Name the plan directory after the manifest id.',
        fixVi: 'Đặt tên thư mục kế hoạch trùng với mã kế hoạch (id) trong manifest.json.',
      }),
    );
  }

  const provinces = options.provinces ?? (await readUnitSet(dataDir, manifest.unitSet));

  const sources: PlanSourceFile[] = [];
  for (const spec of manifest.tables) {
    const file = path.join(planDir, spec.file);
    const bytes = await readBytes(file, repoRoot, problems);
    if (bytes !== null) {
      sources.push({ name: relativePath(repoRoot, file), bytes, metrics: spec.metrics, appendix: spec.appendix });
    }
  }
  const result = await readPlanSources(sources, {
    periodMonths: monthsBetween(manifest.periodStart, manifest.periodEnd),
    provinces,
    formerUnits: options.provinces ? [] : await readFormerUnits(dataDir, manifest.unitSet),
    metrics: METRICS,
  });
  for (const problem of result.problems) problems.push(problem);
  if (problems.length > 0) throw new PlanImportError(problems);
  return { manifest, tables: result.tables };
}
