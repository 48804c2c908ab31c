// The records of a CSV file with the line each starts on, for readers that check one record at a time so that
// one broken line is reported and the others still checked. Used by the plan long CSV and the actuals CSV.

export type CsvRecord = { line: number; raw: string };

/**
 * The delimiter of the header line: the one of ",", ";" and tab it uses most (Excel writes ";" in some locales);
 * always tab for a .tsv file.
 */
export function detectDelimiter(text: string, file = ''): string {
  if (file.toLowerCase().endsWith('.tsv')) return '\t';
  const firstLine = text.split('\n', 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.delimiter ?? ',';
}

/**
 * The records of the file with the line each starts on: a line break inside a quoted field continues the record.
 * A quote opens a quoted field only at the start of a field, as csv-parse reads it.
 */
export function splitRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let quoted = false;
  let fieldStart = true;
  for (let index = 0; index <= text.length; index += 1) {
    const char = text[index];
    if (char === undefined || (!quoted && char === '\n')) {
      const raw = text.slice(start, index).replace(/\r$/, '');
      if (raw.trim() !== '') records.push({ line: startLine, raw });
      start = index + 1;
      line += 1;
      startLine = line;
      fieldStart = true;
      continue;
    }
    if (char === '\n') line += 1;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') index += 1;
      else if (char === '"') quoted = false;
    } else if (fieldStart && char === '"') {
      quoted = true;
      fieldStart = false;
    } else if (char === delimiter) {
      fieldStart = true;
    } else if (char !== ' ') {
      fieldStart = false;
    }
  }
  return records;
}

/** Why a record is not valid CSV, in English (`reason`) and in Vietnamese (`reasonVi`). */
export type CsvRecordReason = { reason: string; reasonVi: string };

/** A record that csv-parse reads as more than one: a carriage return or line break where none belongs. */
export const STRAY_LINE_BREAK: CsvRecordReason = {
  reason: 'it holds a stray line break',
  reasonVi: 'dòng có dấu xuống dòng lạc chỗ',
};

// The errors csv-parse gives for a record read on its own; any other is given in its own words in both languages.
const CSV_ERRORS_VI: Readonly<Record<string, string>> = {
  INVALID_OPENING_QUOTE: 'có dấu ngoặc kép nằm giữa một trường',
  CSV_INVALID_CLOSING_QUOTE: 'sau dấu ngoặc kép đóng còn ký tự khác, không phải dấu phân cách',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'sau dấu ngoặc kép đóng còn ký tự khác, không phải dấu phân cách',
  CSV_QUOTE_NOT_CLOSED: 'có dấu ngoặc kép mở nhưng không có dấu ngoặc kép đóng',
  CSV_MAX_RECORD_SIZE: 'dòng quá dài',
};

/** The reason of a csv-parse error (a CsvError), without the line number it counts within the record. */
export function csvErrorReason(error: { code: string; message: string }): CsvRecordReason {
  const reason = error.message.replace(/ at line \d+.*$/, '');
  return { reason, reasonVi: CSV_ERRORS_VI[error.code] ?? reason };
}
