import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanSources } from '../plan/plan-source.reader';
import { SOURCE_LIMITS } from '../source-limits';
import { zipDirectory } from '../worker/zip-directory';
import { HEADER, actualsContext, csvFile } from './__fixtures__/actual-sources.fixtures';
import { readActualSources, type ActualImportProblem, type ActualSourceContext } from './actual-source.reader';

// Files past the limits of SOURCE_LIMITS are refused with one clear problem, early, instead of crashing or
// stalling the reader; a file within them is read however many rows it has; the problem list is bounded.

let context: ActualSourceContext;
beforeAll(async () => {
  context = await actualsContext();
});

const METRIC_KEYS = ['dev_compulsory_si', 'dev_voluntary_si', 'dev_health_insurance', 'revenue'];

/** `count` distinct, valid rows: every province, four metrics, a submission time per row. */
function validLines(count: number): string[][] {
  const codes = context.provinces.map((province) => province.code);
  const lines: string[][] = [HEADER];
  for (let index = 0; index < count; index += 1) {
    const seconds = String(index % 60).padStart(2, '0');
    const minutes = String(Math.floor(index / 60) % 60).padStart(2, '0');
    const hours = String(Math.floor(index / 3600) % 24).padStart(2, '0');
    const day = String(1 + (Math.floor(index / 86_400) % 28)).padStart(2, '0');
    lines.push([
      codes[index % codes.length]!,
      METRIC_KEYS[Math.floor(index / codes.length) % METRIC_KEYS.length]!,
      '2021-10-15',
      String(index),
      `2021-11-${day}T${hours}:${minutes}:${seconds}`,
    ]);
  }
  return lines;
}

async function parquetOf(select: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'actuals-limits-'));
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    const path = join(folder, 'big.parquet');
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
    return new Uint8Array(await readFile(path));
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(folder, { recursive: true, force: true });
  }
}

/** A zip archive of deflated entries, as small as its content compresses. */
function zipOf(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(0, at + 2);
      header.writeUInt16LE(8, at + 4);
      header.writeUInt32LE(0, at + 6);
      header.writeUInt32LE(crc32(data), at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    directory.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

/** A workbook-shaped archive whose one sheet unzips to more than the limit: a megabyte-sized "zip bomb". */
function zipBomb(): Uint8Array {
  const sheet = new Uint8Array(SOURCE_LIMITS.maxUnzippedBytes + 1024 * 1024).fill(0x20);
  return zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet }]);
}

function expectOneProblem(problems: readonly ActualImportProblem[], kind: ActualImportProblem['kind']) {
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ kind });
  expect(problems[0]!.fix.length).toBeGreaterThan(0);
}

describe('readActualSources within and past its limits', () => {
  it('reads a file of 150,000 rows (more than a spread of arguments takes) without overflowing the stack', async () => {
    const read = await readActualSources([csvFile('big.csv', validLines(150_000))], context);
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(150_000);
    expect(read.rows.at(-1)).toMatchObject({ file: 'big.csv', sourceRow: 150_001, value: 149_999 });
  });

  it('refuses a CSV of 300,000 rows with one problem that says how to split it', async () => {
    const read = await readActualSources([csvFile('year.csv', validLines(300_000))], context);
    expect(read.rows).toEqual([]);
    expectOneProblem(read.problems, 'TOO_MANY_ROWS');
    expect(read.problems[0]).toMatchObject({ file: 'year.csv', value: '300,000 rows' });
    expect(read.problems[0]!.fix).toContain('200,000');
  });

  it('lists the first 200 problems of a file with a problem on every row, then the count of all', async () => {
    const lines = validLines(20_000).map((line, index) =>
      index === 0 ? line : [line[0]!, 'no-such-metric', ...line.slice(2)],
    );
    const read = await readActualSources([csvFile('junk.csv', lines)], context);
    expect(read.rows).toEqual([]);
    expect(read.problems).toHaveLength(SOURCE_LIMITS.maxProblems + 1);
    expect(read.problems[0]).toMatchObject({ kind: 'UNKNOWN_METRIC', row: 2, column: 'metric' });
    expect(read.problemCount).toBe(20_000);
    expect(read.problems.at(-1)).toMatchObject({ kind: 'TOO_MANY_PROBLEMS', value: '20000' });
    expect(read.problems.at(-1)!.message).toContain('20,000 problems');
  });

  it('cuts a long header echoed in a problem to 200 characters', async () => {
    const name = `x${'y'.repeat(100_000)}`;
    const read = await readActualSources(
      [
        csvFile('junk.csv', [
          [name, ...HEADER.slice(1)],
          ['01', 'revenue', '2021-10-15', '1', ''],
        ]),
      ],
      context,
    );
    const unknown = read.problems.find((problem) => problem.kind === 'UNKNOWN_COLUMN')!;
    expect(unknown.value).toHaveLength(SOURCE_LIMITS.maxEchoLength + 1);
    expect(unknown.value!.endsWith('…')).toBe(true);
    expect(unknown.column).toHaveLength(SOURCE_LIMITS.maxEchoLength + 1);
    expect(JSON.stringify(read.problems).length).toBeLessThan(10_000);
  });

  it('refuses a CSV of thousands of columns with one problem', async () => {
    const wide = Array.from({ length: 10_000 }, (_, index) => `c${index}`);
    const read = await readActualSources([csvFile('wide.csv', [wide, wide])], context);
    expectOneProblem(read.problems, 'TOO_MANY_COLUMNS');
    expect(read.problems[0]).toMatchObject({ value: '10,000 columns' });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(SOURCE_LIMITS.maxFileBytes + 1).fill(0x61);
    const read = await readActualSources([{ name: 'huge.csv', bytes }], context);
    expectOneProblem(read.problems, 'FILE_TOO_LARGE');
  });

  it('refuses a Parquet file of a million rows from its metadata', async () => {
    const bytes = await parquetOf(
      "SELECT '01' AS province, 'revenue' AS metric, DATE '2021-10-15' AS report_date, range::DOUBLE AS value FROM range(1000000)",
    );
    const read = await readActualSources([{ name: 'million.parquet', bytes }], context);
    expectOneProblem(read.problems, 'TOO_MANY_ROWS');
    expect(read.problems[0]).toMatchObject({ value: '1,000,000 rows' });
  });

  it('refuses a Parquet file of 10,000 columns with one problem, not one per column', async () => {
    const columns = Array.from({ length: 10_000 }, (_, index) => `${index} AS c${index}`).join(', ');
    const read = await readActualSources(
      [{ name: 'wide.parquet', bytes: await parquetOf(`SELECT ${columns}`) }],
      context,
    );
    expectOneProblem(read.problems, 'TOO_MANY_COLUMNS');
    expect(read.problems[0]).toMatchObject({ value: '10,000 columns' });
  });

  it('refuses a workbook that unzips to more than the limit, from the zip directory, before expanding it', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const directory = zipDirectory(bomb);
    expect(directory).toMatchObject({ ok: true, entries: 1 });
    const read = await readActualSources([{ name: 'bomb.xlsx', bytes: bomb }], context);
    expectOneProblem(read.problems, 'FILE_TOO_LARGE');
    expect(read.problems[0]!.message).toContain('unzips to');
  });
});

describe('readPlanSources past its limits', () => {
  it('refuses a plan workbook that unzips to more than the limit', async () => {
    const read = await readPlanSources([{ name: 'phu-luc.xlsx', bytes: zipBomb() }], {
      periodMonths: ['2021-09', '2021-10', '2021-11', '2021-12'],
      provinces: context.provinces,
      metrics: context.metrics,
    });
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ kind: 'FILE_TOO_LARGE', file: 'phu-luc.xlsx' });
  });
});
