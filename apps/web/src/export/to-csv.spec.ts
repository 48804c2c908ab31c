import { describe, expect, it } from 'vitest';
import { sampleTable } from './export.fixture';
import { csvField, plainNumber, toCsv } from './to-csv';

/** The records of a CSV text, split the RFC 4180 way (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return records;
}

describe('toCsv', () => {
  const csv = toCsv(sampleTable());

  it('starts with a UTF-8 byte order mark so Excel reads the Vietnamese text as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('has one header row, no title rows, and one record per row, each line ending in CRLF', () => {
    const records = parseCsv(csv.slice(1));
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual([
      'Hạng',
      'Mã tỉnh',
      'Tỉnh/thành phố',
      'Phải thu (đồng)',
      'Đạt so với kế hoạch kỳ',
      'Cần thực hiện/ngày',
      'Ngày báo cáo',
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toContain('Nguồn:');
  });

  it('writes numbers raw: dot decimal, no thousands separator, a percent as its ratio; dates ISO', () => {
    const [, first, second] = parseCsv(csv.slice(1));
    expect(first).toEqual(['1', '01', 'Hà Nội', '1234567890', '0.523', '12.5', '2021-10-31']);
    expect(second).toEqual(['2', '79', 'Thành phố Hồ Chí Minh', '987654321.5', '0.4999', '0.25', '2021-10-15']);
  });

  it('quotes a field with a comma, a quote or a line break and doubles the quotes inside', () => {
    expect(csv).toContain('"Lai Châu, ""miền núi""\nphía Bắc"');
    const [, , , third] = parseCsv(csv.slice(1));
    expect(third).toEqual(['', '12', 'Lai Châu, "miền núi"\nphía Bắc', '', '', '', '']);
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('plain text')).toBe('plain text');
  });

  it('leaves a missing value empty, never 0', () => {
    const [, , , third] = parseCsv(csv.slice(1));
    expect(third![0]).toBe('');
    expect(third![3]).toBe('');
  });

  it('writes a very small or very large number without an exponent', () => {
    expect(plainNumber(0.000000123)).toBe('0.000000123');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(Number.NaN)).toBe('');
  });

  it('defuses a text that a spreadsheet would run as a formula, but not a negative number', () => {
    const table = sampleTable({
      columns: [
        { header: 'Tên đơn vị', kind: 'text' },
        { header: 'Thay đổi hạng', kind: 'integer' },
      ],
      rows: [['=HYPERLINK("http://x")', -3]],
    });
    const [, row] = parseCsv(toCsv(table).slice(1));
    expect(row).toEqual(['\'=HYPERLINK("http://x")', '-3']);
  });

  it('heads a grouped column with its group, as one header row', () => {
    const table = sampleTable({
      columns: [{ header: 'Kế hoạch', kind: 'integer', group: 'Thu BHXH' }],
      rows: [[5]],
    });
    expect(parseCsv(toCsv(table).slice(1))[0]).toEqual(['Thu BHXH: Kế hoạch']);
  });

  it('leaves the total rows out', () => {
    const table = sampleTable({ totals: { placement: 'before', rows: [[null, '', 'Toàn quốc', 1, 0.5, 1, null]] } });
    expect(parseCsv(toCsv(table).slice(1))).toHaveLength(4);
    expect(toCsv(table)).not.toContain('Toàn quốc');
  });
});
