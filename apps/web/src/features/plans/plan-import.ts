// The import form's pure parts: what to check before sending, how files travel (base64), and how the
// server's answer reads.
import { GraphQLRequestError } from '../../api/graphql-client';
import type { PlanFileInput, PlanImportProblem, PlanImportResult } from '../../api/graphql-types';
import { formatInteger } from '../../i18n/format';
import { vi } from '../../i18n/vi';

/** extensions.reason of a refused import; extensions.problems then lists every problem of the files. */
export const PLAN_IMPORT_INVALID = 'PLAN_IMPORT_INVALID';
const MANIFEST = 'manifest.json';

/** What stops the form from sending, in Vietnamese; empty when it can be sent. The server checks the rest. */
export function checkImportSelection(fileNames: readonly string[], planId: string | null): string[] {
  const t = vi.plans.import.issues;
  if (fileNames.length === 0) return [t.noFiles];
  if (planId === null && !fileNames.includes(MANIFEST)) return [t.newPlanNeedsManifest];
  return [];
}

/** The problems of a refused import, or undefined when the error is something else. */
export function importProblemsOf(error: unknown): PlanImportProblem[] | undefined {
  if (!(error instanceof GraphQLRequestError)) return undefined;
  const problems = error.extensionsWithReason(PLAN_IMPORT_INVALID)?.['problems'];
  if (!Array.isArray(problems) || problems.length === 0) return undefined;
  const read = problems.map(readProblem);
  // A malformed list is shown as the raw error rather than as a partial table.
  return read.every((p): p is PlanImportProblem => p !== undefined) ? read : undefined;
}

export function isForbidden(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.extensions.some((e) => e.code === 'FORBIDDEN');
}

/** The headline of a successful import. */
export function importOutcomeMessage(result: Pick<PlanImportResult, 'version' | 'created' | 'dryRun'>): string {
  const t = vi.plans.import.result;
  if (result.dryRun) return t.dryRun;
  const version = formatInteger(result.version);
  return result.created ? t.saved(version) : t.unchanged(version);
}

export async function toPlanFileInputs(files: readonly File[]): Promise<PlanFileInput[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    })),
  );
}

const CHUNK = 0x8000;

/** Base64 of raw bytes (a workbook is binary; text keeps its UTF-8 bytes exactly as in the file). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes its arguments on the stack: a chunk at a time.
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

function readProblem(value: unknown): PlanImportProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  if (typeof p['file'] !== 'string' || typeof p['message'] !== 'string' || typeof p['fix'] !== 'string') {
    return undefined;
  }
  return {
    kind: typeof p['kind'] === 'string' ? p['kind'] : '',
    file: p['file'],
    line: typeof p['line'] === 'number' ? p['line'] : null,
    column: typeof p['column'] === 'number' ? p['column'] : null,
    value: typeof p['value'] === 'string' ? p['value'] : null,
    message: p['message'],
    fix: p['fix'],
  };
}
