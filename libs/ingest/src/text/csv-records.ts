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
