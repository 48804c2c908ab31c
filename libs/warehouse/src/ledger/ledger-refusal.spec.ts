import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { LedgerRepository } from '../repositories/ledger.repository';
import { LEDGER_FILES, generateLedger } from './ledger-generator';
import { importLedger, type LedgerFiles } from './ledger-import';
import { LedgerImportError, MAX_ECHOED_CHARACTERS, type LedgerImportProblem } from './ledger-import.errors';

// Hostile and careless ledgers: each is refused with the file, row, column and kind of its problem, and never
// reaches DuckDB as a cast that fails (a raw DuckDB error) or a value that is stored and silently ignored.

const EMPLOYERS =
  'employer_id,name,province,district,ownership,workers\nE1,Công ty A,01,Ba Đình,private,10\nE2,Công ty B,79,Quận 1,state,20\n';
const DUES = 'employer_id,month,amount\nE1,2022-01-01,1000000\nE1,2022-02-01,1000000\nE2,2022-01-01,2000000\n';
const PAYMENTS = 'employer_id,paid_on,amount\nE1,2022-01-25,1000000\nE2,2022-02-10,2000000\n';

describe('a malformed ledger', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-ledger-refusal-'));
  let db: WarehouseDatabase;
  let before: unknown;
  let count = 0;

  /** A directory with the valid CSV ledger, one file replaced. */
  function ledger(files: Partial<Record<keyof LedgerFiles, string>>): LedgerFiles {
    const out = join(dir, `case-${(count += 1)}`);
    mkdirSync(out);
    const write = (name: string, text: string) => {
      writeFileSync(join(out, name), text);
      return join(out, name);
    };
    return {
      employers: files.employers ?? write('employers.csv', EMPLOYERS),
      dues: files.dues ?? write('dues.csv', DUES),
      payments: files.payments ?? write('payments.csv', PAYMENTS),
    };
  }

  async function refusal(files: LedgerFiles): Promise<LedgerImportError> {
    const error = await importLedger(db, { files, importedBy: 'test', synthetic: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerImportError);
    for (const problem of (error as LedgerImportError).problems) expectVietnamese(problem);
    return error as LedgerImportError;
  }

  /** Every problem also says what is wrong and what to do in Vietnamese, with the same values. */
  function expectVietnamese(problem: LedgerImportProblem): void {
    const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
    for (const [english, text] of [
      [problem.message, problem.messageVi],
      [problem.fix, problem.fixVi],
    ] as const) {
      expect(text, problem.kind).toMatch(vietnamese);
      expect(text, problem.kind).not.toBe(english);
    }
    if (problem.value !== null && problem.message.includes(problem.value)) {
      expect(problem.messageVi).toContain(problem.value);
    }
  }

  const where = (p: LedgerImportProblem) => ({ file: p.file, row: p.row, column: p.column, kind: p.kind });

  /** A Parquet file written by DuckDB from a SELECT. */
  async function parquet(name: string, select: string): Promise<string> {
    const path = join(dir, name);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    connection.disconnectSync();
    instance.closeSync();
    return path;
  }

  beforeAll(async () => {
    db = await WarehouseDatabase.open(join(dir, 'ledger.duckdb'));
    await db.all(
      `INSERT INTO province VALUES ('vn63-2004', '01', 'Hà Nội', 'Ha Noi', 'city', 'ĐBSH', 'RRD'),
        ('vn63-2004', '79', 'TP. Hồ Chí Minh', 'HCMC', 'city', 'ĐNB', 'SE')`,
    );
    await importLedger(db, { files: ledger({}), importedBy: 'test', synthetic: false });
    before = await new LedgerRepository(db).byProvince('2022-02-28');
  });
  afterAll(async () => {
    // Every refusal left the ledger as it was.
    expect(await new LedgerRepository(db).byProvince('2022-02-28')).toEqual(before);
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['1e308', 'NUMBER_TOO_LARGE'],
    ['99999999999999999999', 'NUMBER_TOO_LARGE'],
    ['NaN', 'NOT_A_NUMBER'],
    ['inf', 'NOT_A_NUMBER'],
    ['"1.234,5"', 'NOT_A_NUMBER'],
    ['1_000', 'NOT_A_NUMBER'],
    ['-5', 'NEGATIVE_NUMBER'],
    ['1.5', 'NOT_A_WHOLE_NUMBER'],
    ['', 'NOT_A_NUMBER'],
  ])('refuses a due of %s as %s, naming file, row and column', async (amount, kind) => {
    const files = ledger({});
    writeFileSync(files.dues, `${DUES}E2,2022-02-01,${amount}\n`);
    const refused = await refusal(files);
    expect(refused.problems.map(where)).toEqual([{ file: 'dues.csv', row: 5, column: 'amount', kind }]);
    expect(refused.problems[0]!.fix).not.toBe('');
  });

  it('refuses a payment of 0 and a negative one', async () => {
    const files = ledger({});
    writeFileSync(files.payments, `${PAYMENTS}E1,2022-02-20,0\nE1,2022-02-21,-10\n`);
    expect((await refusal(files)).problems.map(where)).toEqual([
      { file: 'payments.csv', row: 4, column: 'amount', kind: 'NOT_POSITIVE' },
      { file: 'payments.csv', row: 5, column: 'amount', kind: 'NEGATIVE_NUMBER' },
    ]);
  });

  it('refuses a payments CSV cut short in its last line, by line number', async () => {
    const files = ledger({});
    writeFileSync(files.payments, `${PAYMENTS}E1,2022-0`);
    const refused = await refusal(files);
    expect(refused.problems.map(where)).toEqual([
      { file: 'payments.csv', row: 4, column: 'amount', kind: 'MALFORMED_ROW' },
    ]);
    expect(refused.problems[0]!.value).toBe('E1,2022-0');
    expect(refused.problems[0]!.messageVi).toMatch(/^không đọc được dòng này \(thiếu cột: /);
  });

  it('refuses a payment dated 99999-01-01 or far outside the ledger’s months, with the bound', async () => {
    const files = ledger({});
    writeFileSync(files.payments, `${PAYMENTS}E1,99999-01-01,5\nE1,2030-01-01,5\nE1,1990-01-01,5\nE1,2022-02-30,5\n`);
    const refused = await refusal(files);
    expect(refused.problems.map(where)).toEqual([
      { file: 'payments.csv', row: 4, column: 'paid_on', kind: 'DATE_OUT_OF_RANGE' },
      { file: 'payments.csv', row: 5, column: 'paid_on', kind: 'DATE_OUT_OF_RANGE' },
      { file: 'payments.csv', row: 6, column: 'paid_on', kind: 'DATE_OUT_OF_RANGE' },
      { file: 'payments.csv', row: 7, column: 'paid_on', kind: 'INVALID_DATE' },
    ]);
    expect(refused.problems[1]!.message).toContain('2022-01 to 2022-02');
    expect(refused.problems[1]!.messageVi).toContain('(2022-01 đến 2022-02)');
  });

  it('refuses dues of a month far away and a ledger longer than 240 months', async () => {
    const far = ledger({});
    writeFileSync(far.dues, `${DUES}E2,99999-01-01,5\n`);
    expect((await refusal(far)).problems.map(where)).toEqual([
      { file: 'dues.csv', row: 5, column: 'month', kind: 'DATE_OUT_OF_RANGE' },
    ]);
    const long = ledger({});
    writeFileSync(long.dues, `${DUES}E2,2095-01-01,5\n`);
    expect((await refusal(long)).problems.map(where)).toEqual([
      { file: 'dues.csv', row: 5, column: 'month', kind: 'LEDGER_TOO_LONG' },
    ]);
  });

  it('refuses empty and duplicate keys, unknown provinces and employers, and two dues for a month', async () => {
    const files = ledger({});
    writeFileSync(
      files.employers,
      `${EMPLOYERS}E1 ,Công ty C,01,x,y,1\n,Công ty D,01,x,y,1\nE5,,1,x,y,1\nE6,Công ty F,99,x,y,1e9\n`,
    );
    writeFileSync(files.dues, `${DUES}E1,2022-01-01,5\nE9,2022-01-01,5\n,2022-01-01,5\n`);
    expect((await refusal(files)).problems.map(where)).toEqual([
      { file: 'dues.csv', row: 2, column: 'month', kind: 'DUPLICATE_DUE' },
      { file: 'dues.csv', row: 5, column: 'month', kind: 'DUPLICATE_DUE' },
      { file: 'dues.csv', row: 6, column: 'employer_id', kind: 'UNKNOWN_EMPLOYER' },
      { file: 'dues.csv', row: 7, column: 'employer_id', kind: 'EMPTY_CELL' },
      { file: 'employers.csv', row: 2, column: 'employer_id', kind: 'DUPLICATE_EMPLOYER' },
      { file: 'employers.csv', row: 4, column: 'employer_id', kind: 'DUPLICATE_EMPLOYER' },
      { file: 'employers.csv', row: 5, column: 'employer_id', kind: 'EMPTY_CELL' },
      { file: 'employers.csv', row: 6, column: 'name', kind: 'EMPTY_CELL' },
      { file: 'employers.csv', row: 6, column: 'province', kind: 'UNKNOWN_PROVINCE' },
      { file: 'employers.csv', row: 7, column: 'province', kind: 'UNKNOWN_PROVINCE' },
      { file: 'employers.csv', row: 7, column: 'workers', kind: 'NUMBER_TOO_LARGE' },
    ]);
  });

  it('refuses a file without a column it needs, and a file of another format', async () => {
    const files = ledger({});
    writeFileSync(files.dues, 'employer_id,thang,amount\nE1,2022-01-01,5\n');
    expect((await refusal(files)).problems.map(where)).toEqual([
      { file: 'dues.csv', row: 1, column: 'month', kind: 'MISSING_COLUMN' },
    ]);
    const xlsx = ledger({});
    writeFileSync(join(dir, 'dues.xlsx'), 'PK');
    expect((await refusal({ ...xlsx, dues: join(dir, 'dues.xlsx') })).problems.map(where)).toEqual([
      { file: 'dues.xlsx', row: null, column: null, kind: 'UNSUPPORTED_FILE' },
    ]);
  });

  it('refuses Parquet columns of the wrong type and out-of-range values stored as numbers', async () => {
    const dues = await parquet(
      'typed-dues.parquet',
      `SELECT * FROM (VALUES ('E1', 20220101, 5.0), ('E1', 20220201, 'NaN'::DOUBLE), ('E2', 20220101, 1e308)) t(employer_id, month, amount)`,
    );
    const payments = await parquet(
      'typed-payments.parquet',
      `SELECT * FROM (VALUES ('E1', DATE '2022-01-25', 'abc'), ('E2', DATE '2022-02-10', '7')) t(employer_id, paid_on, amount)`,
    );
    const files = ledger({});
    expect((await refusal({ ...files, dues, payments })).problems.map(where)).toEqual([
      { file: 'typed-dues.parquet', row: 1, column: 'month', kind: 'INVALID_DATE' },
      { file: 'typed-dues.parquet', row: 2, column: 'amount', kind: 'NOT_A_NUMBER' },
      { file: 'typed-dues.parquet', row: 2, column: 'month', kind: 'INVALID_DATE' },
      { file: 'typed-dues.parquet', row: 3, column: 'amount', kind: 'NUMBER_TOO_LARGE' },
      { file: 'typed-dues.parquet', row: 3, column: 'month', kind: 'INVALID_DATE' },
      { file: 'typed-payments.parquet', row: 1, column: 'amount', kind: 'NOT_A_NUMBER' },
    ]);
  });

  it('lists at most 200 problems with the total, and cuts echoed values to 200 characters', async () => {
    const files = ledger({});
    const long = 'x'.repeat(5000);
    writeFileSync(
      files.payments,
      `${PAYMENTS}${Array.from({ length: 300 }, (_, i) => `E1,2022-01-${String((i % 28) + 1).padStart(2, '0')},${long}`).join('\n')}\n`,
    );
    const refused = await refusal(files);
    expect(refused.total).toBe(300);
    expect(refused.problems).toHaveLength(200);
    expect(refused.problems[0]!.value!.length).toBeLessThanOrEqual(MAX_ECHOED_CHARACTERS + 1);
    expect(refused.message.length).toBeLessThan(200 * 800);
  });

  it('refuses a file of 10,000 columns with one problem', async () => {
    const wide = ledger({});
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    writeFileSync(wide.payments, `${header}\n${Array.from({ length: 10_000 }, () => '1').join(',')}\n`);
    const refused = await refusal(wide);
    expect(refused.problems.map(where)).toEqual([
      { file: 'payments.csv', row: 1, column: null, kind: 'TOO_MANY_COLUMNS' },
    ]);
  });

  describe('damaged Parquet', () => {
    const generated = join(dir, 'generated');
    const files = (from: string): LedgerFiles => ({
      employers: join(from, LEDGER_FILES.employers),
      dues: join(from, LEDGER_FILES.dues),
      payments: join(from, LEDGER_FILES.payments),
    });
    /** A copy of the generated ledger, the payments file changed by `damage`, with or without its manifest. */
    async function damaged(name: string, damage: (bytes: Buffer, amountPage: number) => Buffer, manifest: boolean) {
      const out = join(dir, name);
      mkdirSync(out);
      for (const file of Object.values(LEDGER_FILES)) copyFileSync(join(generated, file), join(out, file));
      if (manifest) copyFileSync(join(generated, 'manifest.json'), join(out, 'manifest.json'));
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      const page = Number(
        (
          await connection.runAndReadAll(
            `SELECT data_page_offset FROM parquet_metadata('${join(out, LEDGER_FILES.payments)}') WHERE path_in_schema = 'amount' AND row_group_id = 0`,
          )
        ).getRowsJS()[0]![0],
      );
      connection.disconnectSync();
      instance.closeSync();
      const path = join(out, LEDGER_FILES.payments);
      writeFileSync(path, damage(readFileSync(path), page));
      return files(out);
    }

    beforeAll(async () => {
      await generateLedger({
        employers: 300,
        months: 12,
        firstMonth: '2022-01',
        weights: [
          { code: '01', weight: 1 },
          { code: '79', weight: 1 },
        ],
        outDir: generated,
      });
    }, 60_000);

    it('refuses a corrupt page, naming the column and its rows', async () => {
      const ledger = await damaged(
        'corrupt-page',
        (bytes, page) => {
          bytes.fill(0xff, page, page + 6);
          return bytes;
        },
        false,
      );
      const refused = await refusal(ledger);
      expect(refused.problems.map(where)).toEqual([
        { file: 'payments.parquet', row: 1, column: 'amount', kind: 'CORRUPT_FILE' },
      ]);
    });

    it('refuses a Parquet file cut short', async () => {
      const ledger = await damaged('cut', (bytes) => bytes.subarray(0, bytes.length >> 1), false);
      expect((await refusal(ledger)).problems.map(where)).toEqual([
        { file: 'payments.parquet', row: null, column: null, kind: 'UNREADABLE_FILE' },
      ]);
    });

    it('refuses byte-flipped Parquet that still decodes, by the checksums of its manifest', async () => {
      const flip = (bytes: Buffer, page: number) => {
        for (let i = page + 200; i < page + 208; i += 1) bytes[i] = bytes[i]! ^ 0xff;
        return bytes;
      };
      const refused = await refusal(await damaged('flipped', flip, true));
      expect(refused.problems.map(where)).toEqual([
        { file: 'payments.parquet', row: null, column: null, kind: 'CHECKSUM_MISMATCH' },
      ]);
    });

    it('imports the undamaged ledger, the same files sent twice at once stored once', async () => {
      const other = await WarehouseDatabase.open(join(dir, 'twice.duckdb'));
      try {
        await other.all(
          "INSERT INTO province VALUES ('vn63-2004', '01', 'a', 'a', 't', 'r', 'r'), ('vn63-2004', '79', 'b', 'b', 't', 'r', 'r')",
        );
        const request = { files: files(generated), importedBy: 'test', synthetic: true };
        const outcomes = await Promise.all([importLedger(other, request), importLedger(other, request)]);
        expect(outcomes.map((o) => o.alreadyImported).sort()).toEqual([false, true]);
        expect(outcomes[0]!.importId).toBe(outcomes[1]!.importId);
        expect(await other.all('SELECT count(*)::INTEGER AS n FROM ledger_import')).toEqual([{ n: 1 }]);
      } finally {
        other.close();
      }
    });
  });
});
