// What a zip archive (an .xlsx workbook) says it holds, read from its central directory without inflating
// anything: a workbook of a megabyte or two can expand to gigabytes of sheet XML, and exceljs would expand it all
// before a single row could be counted. The sizes are the archive's own claims; a file that lies about them
// is still bounded by the worker's memory and time limits.
// Runs in the reader process: no import (see source-reader.worker.ts).

export type ZipDirectory =
  | { ok: true; entries: number; unzippedBytes: number }
  /** The directory cannot be found or read; exceljs will say why the file is no workbook. */
  | { ok: false };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** Marks a size or offset kept in a zip64 record: more than 4 GB, never a workbook of figures. */
const ZIP64 = 0xffffffff;

export function zipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false };
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset === ZIP64) return { ok: true, entries, unzippedBytes: Number.POSITIVE_INFINITY };
  let unzippedBytes = 0;
  let at = directoryOffset;
  for (let entry = 0; entry < entries; entry += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false };
    const size = view.getUint32(at + 24, true);
    unzippedBytes += size === ZIP64 ? Number.POSITIVE_INFINITY : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries, unzippedBytes };
}
