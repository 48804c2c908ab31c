import type { ProblemText } from '@scorecard/domain';
import type { PlanImportProblem } from './plan-import.errors';

// What every table reader works on: rows of cells with the line (or spreadsheet row) they came from, and the
// decoding of a file's bytes into text, refused with a reason rather than read as mojibake.

export type SourceCell = {
  /** The cell as published: the text on the line, or the text a spreadsheet shows. */
  text: string;
  /** The number a spreadsheet stores in the cell; null when the cell holds text. */
  stored: number | null;
};

export type SourceRow = {
  /** 1-based line in a text file, or spreadsheet row number. */
  line: number;
  /** Cell i is reported as column i + 1 (+ the table's column offset). */
  cells: readonly SourceCell[];
};

export function textCell(text: string): SourceCell {
  return { text, stored: null };
}

/** Tab-separated lines (text copied from a PDF or saved from a spreadsheet as "Unicode text"). */
export function rowsOfText(text: string): SourceRow[] {
  return text.split('\n').map((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    return { line: index + 1, cells: line.split('\t').map(textCell) };
  });
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * The text of a file: UTF-8 (with or without BOM) or UTF-16 with a BOM (Excel's "Unicode text"). Anything else
 * (a legacy code page, a binary file under a text name) is refused with what to do.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string } | { problem: PlanImportProblem } {
  const refuse = (text: ProblemText) => ({
    problem: {
      kind: 'UNREADABLE_FILE' as const,
      file,
      row: null,
      column: null,
      columnNumber: null,
      value: null,
      ...text,
    },
  });
  if (startsWith(bytes, ZIP_MAGIC)) {
    return refuse({
      message: 'the file is a zip archive (a spreadsheet?), not text',
      messageVi: 'tệp là tệp nén zip (có thể là bảng tính Excel?), không phải văn bản',
      fix: 'If it is an Excel workbook, name it .xlsx.',
      fixVi: 'Nếu đây là tệp Excel, đổi đuôi tên tệp thành .xlsx.',
    });
  }
  if (startsWith(bytes, PDF_MAGIC)) {
    return refuse({
      message: 'the file is a PDF, not text',
      messageVi: 'tệp là tệp PDF, không phải văn bản',
      fix: 'Copy the table from the PDF into a .txt file, one row per line, cells separated by tabs.',
      fixVi: 'Sao chép bảng từ tệp PDF sang một tệp .txt, mỗi hàng của bảng trên một dòng, các ô phân cách bằng tab.',
    });
  }
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    return refuse({
      message: `the file is not valid ${name} text`,
      messageVi: `tệp không phải là văn bản ${name} hợp lệ`,
      fix: 'Save the file as UTF-8 (in Excel: "CSV UTF-8" or "Unicode Text"; in a text editor: encoding UTF-8).',
      fixVi:
        'Lưu tệp với bảng mã UTF-8 (trong Excel: "CSV UTF-8" hoặc "Unicode Text"; trong trình soạn thảo văn bản: chọn bảng mã UTF-8).',
    });
  }
  if (text.includes('\u0000')) {
    return refuse({
      message: 'the file holds binary data (NUL characters), not text',
      messageVi: 'tệp chứa dữ liệu nhị phân (ký tự NUL), không phải văn bản',
      fix: 'Give the table as text, .xlsx or .csv.',
      fixVi: 'Gửi bảng dưới dạng văn bản (.txt), .xlsx hoặc .csv.',
    });
  }
  return { text: text.replace(/^\uFEFF/, '') };
}
