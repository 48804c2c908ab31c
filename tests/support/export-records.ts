import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export const EXPORT_FORMATS = ['arrow', 'parquet', 'csv', 'xlsx'] as const;

/** Downloads /export/{dataset}.{format}?{query} as `token`, failing with the body's start unless it is a 200. */
export async function download(
  url: string,
  path: string,
  token: string,
): Promise<{ response: Response; body: Buffer }> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The rows of a download as its own reader gives them: apache-arrow, DuckDB's read_parquet, csv-parse, exceljs.
 * Empty CSV cells are null; every other value is as the reader gives it (Arrow and DuckDB dates are Dates or
 * epoch numbers, CSV values text).
 */
export async function readRecords(format: string, body: Buffer, dir: string): Promise<Record<string, unknown>[]> {
  switch (format) {
    case 'arrow':
      return tableFromIPC(body)
        .toArray()
        .map((row) => row.toJSON() as Record<string, unknown>);
    case 'csv':
      return (parse(body.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[]).map((record) =>
        Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === '' ? null : value])),
      );
    case 'parquet': {
      const file = join(dir, `read-${format}-${body.length}-${Date.now()}.parquet`);
      writeFileSync(file, body);
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
      connection.disconnectSync();
      instance.closeSync();
      return rows as Record<string, unknown>[];
    }
    case 'xlsx': {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const records: Record<string, unknown>[] = [];
      sheet.eachRow((row, index) => {
        if (index > 1)
          records.push(Object.fromEntries(header.map((name, i) => [name, (row.values as unknown[])[i + 1] ?? null])));
      });
      return records;
    }
    default:
      throw new Error(`no reader for ${format}`);
  }
}

/** A date or date-time cell of any reader as its ISO text: "2021-10-15" or "2021-10-15T16:00:00". */
export function isoOf(value: unknown, kind: 'date' | 'time'): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : null;
  const text = date ? date.toISOString() : String(value).replace(' ', 'T');
  return kind === 'date' ? text.slice(0, 10) : text.slice(0, 19);
}

export function nullableNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  return Number(value);
}

export function booleanOf(value: unknown): boolean {
  return value === true || value === 'true' || value === 1;
}
