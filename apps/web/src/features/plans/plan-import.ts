// The import form's pure parts: what to check before sending, how files travel (base64), and how the
// server's answer reads.
import type { PlanFileInput } from '../../api/generated/graphql';
import type { PlanImportResult } from './plans.queries';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';

export { isForbidden } from '../../api/import-problems';

const MANIFEST = 'manifest.json';

/** What stops the form from sending, in Vietnamese; empty when it can be sent. The server checks the rest. */
export function checkImportSelection(fileNames: readonly string[], planId: string | null): string[] {
  const t = text.plans.import.issues;
  if (fileNames.length === 0) return [t.noFiles];
  if (planId === null && !fileNames.includes(MANIFEST)) return [t.newPlanNeedsManifest];
  return [];
}

/** The headline of a successful import. */
export function importOutcomeMessage(result: Pick<PlanImportResult, 'version' | 'created' | 'dryRun'>): string {
  const t = text.plans.import.result;
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
