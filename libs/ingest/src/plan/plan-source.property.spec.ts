import { METRICS, type Province } from '@scorecard/domain';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProvinceReference } from '../reference/province-reference.reader';
import {
  APPENDICES,
  PERIOD_MONTHS,
  longCsvOf,
  repoRoot,
  seedFile,
  seedModel,
  seedText,
  workbookOf,
} from './__fixtures__/published-2021.fixtures';
import { readPlanSources, type PlanSourceContext, type PlanSourceFile } from './plan-source.reader';
import type { PublishedCell, PublishedMetricTable } from './published-plan';

// Whatever the input — cells edited at random, lines deleted or repeated, random or truncated bytes, random CSV
// lines — the reader never throws, and either reports problems and returns no table, or returns tables whose
// every number is printed in the input at the line and column it names.

let context: PlanSourceContext;
let original: PublishedMetricTable[];
let workbook: Uint8Array;
let csvText: string;

beforeAll(async () => {
  const provinces: Province[] = await readProvinceReference(`${repoRoot}data/reference/provinces63.csv`);
  context = { periodMonths: PERIOD_MONTHS, provinces, metrics: METRICS };
  original = (await readPlanSources(APPENDICES.map(seedFile), context)).tables;
  workbook = await workbookOf(APPENDICES.map(seedModel));
  csvText = longCsvOf(original.slice(4, 5), { national: true, provinces: 'name' });
});

const encode = (text: string) => new TextEncoder().encode(text);

/** The digits of a printed whole number, read independently of the reader: separators dropped. */
const digitsOf = (text: string) => Number(text.trim().replace(/[.,\s\u00a0\u202f]/g, ''));

function cellsOf(tables: readonly PublishedMetricTable[]): PublishedCell[] {
  return tables.flatMap((table) =>
    [table.national, ...table.provinces]
      .filter((row) => !row.computed)
      .flatMap((row) => [row.total, ...row.months.map((month) => month.cell)]),
  );
}

/** The outcome is a refusal with problems, or tables whose numbers are all where they say they were printed. */
function expectSoundOutcome(
  read: Awaited<ReturnType<typeof readPlanSources>>,
  printedAt: (cell: PublishedCell) => string | undefined,
): void {
  if (read.problems.length > 0) {
    expect(read.tables).toEqual([]);
    for (const problem of read.problems) {
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.fix.length).toBeGreaterThan(0);
    }
    return;
  }
  expect(read.tables.length).toBeGreaterThan(0);
  for (const cell of cellsOf(read.tables)) {
    expect(printedAt(cell)).toBe(cell.text);
    expect(digitsOf(cell.text)).toBe(cell.value);
    expect(Number.isSafeInteger(cell.value) && cell.value >= 0).toBe(true);
  }
}

/** Where a CSV cell was printed: the value field, last on its line, as written (quoted or not). */
const csvAt = (text: string) => {
  const lines = text.split(/\r?\n/);
  return (cell: PublishedCell) => {
    const printed = (lines[cell.line - 1] ?? '').replace(/\r$/, '');
    return printed.endsWith(`,${cell.text}`) || printed.endsWith(`,"${cell.text}"`) ? cell.text : printed;
  };
};

const textAt = (text: string) => {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, '').split('\t'));
  return (cell: PublishedCell) => lines[cell.line - 1]?.[cell.column - 1];
};

const cellValue = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.nat({ max: 10_000_000 }).map(String),
  fc.nat({ max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.nat({ max: 10_000_000 }).map((n) => n.toLocaleString('de-DE')),
  fc.constantFrom(
    '',
    '-1',
    '(5)',
    '1,5',
    '12.34',
    'Toàn quốc',
    'TT',
    'STT',
    'Tổng số',
    'Tháng 13',
    'T1/2022',
    'Hà Nội',
    'Sơn La',
    'BHYT',
  ),
);

const appendix = fc.constantFrom(...APPENDICES);

describe('readPlanSources on malformed input', () => {
  it('never throws on text tables with cells edited at random', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        appendix,
        fc.array(fc.record({ line: fc.nat({ max: 80 }), column: fc.nat({ max: 18 }), value: cellValue }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (which, edits) => {
          const lines = seedText(which)
            .split('\n')
            .map((line) => line.split('\t'));
          for (const { line, column, value } of edits) {
            const cells = lines[line % lines.length];
            if (cells) cells[column] = value;
          }
          const text = lines.map((cells) => cells.map((cell) => cell ?? '').join('\t')).join('\n');
          const read = await readPlanSources([{ name: 'table.txt', bytes: encode(text) }], context);
          if (read.problems.length === 0) accepted += 1;
          expectSoundOutcome(read, textAt(text));
        },
      ),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('never throws on text tables with lines deleted, repeated or swapped', async () => {
    await fc.assert(
      fc.asyncProperty(
        appendix,
        fc.array(fc.record({ op: fc.constantFrom('delete', 'repeat', 'swap'), line: fc.nat(), other: fc.nat() }), {
          minLength: 1,
          maxLength: 5,
        }),
        async (which, operations) => {
          const lines = seedText(which).split('\n');
          for (const { op, line, other } of operations) {
            const at = line % lines.length;
            const to = other % lines.length;
            if (op === 'delete') lines.splice(at, 1);
            else if (op === 'repeat') lines.splice(to, 0, lines[at] ?? '');
            else [lines[at], lines[to]] = [lines[to] ?? '', lines[at] ?? ''];
          }
          const text = lines.join('\n');
          const read = await readPlanSources([{ name: 'table.txt', bytes: encode(text) }], context);
          expectSoundOutcome(read, textAt(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on truncated text, CSV and workbook files', async () => {
    await fc.assert(
      // A whole file is no truncation (and a whole workbook's numbers are not in its bytes as text): stay below 1.
      fc.asyncProperty(
        appendix,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (which, fraction) => {
          const text = seedText(which);
          const cut = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length * fraction));
          const textBytes = cut(encode(text));
          const files: PlanSourceFile[] = [
            { name: 'table.txt', bytes: textBytes },
            { name: 'plan.csv', bytes: cut(encode(csvText)) },
            { name: 'plan.xlsx', bytes: cut(workbook) },
          ];
          for (const file of files) {
            const read = await readPlanSources([file], context);
            const decoded = new TextDecoder().decode(file.bytes);
            expectSoundOutcome(read, file.name.endsWith('.txt') ? textAt(decoded) : csvAt(decoded));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never throws on random bytes, whatever the file is called', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('a.txt', 'a.tsv', 'a.csv', 'a.xlsx', 'a.pdf', 'a'),
        fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: 'binary', maxLength: 500 }).map(encode)),
        async (name, bytes) => {
          const read = await readPlanSources([{ name, bytes }], context);
          // Random bytes hold no complete table of 63 provinces.
          expect(read.problems.length).toBeGreaterThan(0);
          expect(read.tables).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on CSV files with random lines added or changed', async () => {
    let accepted = 0;
    const province = fc.oneof(
      fc.constantFrom('01', '1', '00', '99', 'Hà Nội', 'Toàn quốc', 'Sơn La', 'Son La', 'TP. Hồ Chí Minh', ''),
      fc.string({ maxLength: 6 }),
    );
    const metric = fc.oneof(fc.constantFrom(...METRICS.map((m) => m.key)), fc.string({ maxLength: 6 }));
    const month = fc.oneof(
      fc.constantFrom('total', 'Tổng số', '2021-09', '2021-12', '9/2021', '2022-01', 'T13'),
      fc.string({ maxLength: 6 }),
    );
    const line = fc
      .tuple(province, metric, month, cellValue, fc.boolean())
      .map(([p, m, mo, v, quoted]) => [p, m, mo, quoted ? `"${v.replace(/"/g, '""')}"` : v].join(','));
    // A line rewritten without changing what it says: "." separators, the value quoted or not.
    const rewrite = (text: string) =>
      text.replace(
        /,"?(\d{1,3}(?:,\d{3})*)"?$/,
        (_match, value: string) => `,${value.includes(',') ? value.replace(/,/g, '.') : `"${value}"`}`,
      );
    const change = fc.oneof(
      fc.record({ at: fc.nat(), line, replace: fc.boolean() }),
      fc.record({ at: fc.nat(), line: fc.constant(null), replace: fc.constant(true) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
        const lines = csvText.split('\r\n');
        for (const change of changes) {
          const at = 1 + (change.at % (lines.length - 2));
          lines.splice(at, change.replace ? 1 : 0, change.line ?? rewrite(lines[at] ?? ''));
        }
        const text = lines.join('\r\n');
        const read = await readPlanSources([{ name: 'plan.csv', bytes: encode(text) }], context);
        if (read.problems.length === 0) accepted += 1;
        expectSoundOutcome(read, csvAt(text));
      }),
      { numRuns: 200 },
    );
    // Some changes leave a sound file (a national line replaced by a copy of itself, …): both outcomes are checked.
    expect(accepted).toBeGreaterThan(0);
  });

  it('never throws on workbooks with cells changed at random', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            sheet: fc.nat({ max: 4 }),
            row: fc.integer({ min: 1, max: 75 }),
            column: fc.integer({ min: 1, max: 20 }),
            value: fc.oneof(cellValue, fc.double({ noNaN: false }), fc.constant(null)),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (edits) => {
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(new Uint8Array(workbook).buffer);
          for (const { sheet, row, column, value } of edits) {
            const target = book.worksheets[sheet];
            if (target) target.getCell(row, column).value = value;
          }
          const bytes = new Uint8Array(await book.xlsx.writeBuffer());
          const read = await readPlanSources([{ name: 'plan.xlsx', bytes }], context);
          const sheets = new Map(book.worksheets.map((sheet) => [`plan.xlsx › ${sheet.name}`, sheet]));
          if (read.problems.length > 0) {
            expect(read.tables).toEqual([]);
            return;
          }
          for (const table of read.tables) {
            const sheet = sheets.get(table.file);
            expect(sheet).toBeDefined();
            for (const cell of cellsOf([table])) {
              const stored = sheet?.getCell(cell.line, cell.column);
              expect(stored?.text).toBe(cell.text);
              // A cell set to -0 is read as 0 (+ 0 turns -0 into 0: toBe tells them apart).
              expect(typeof stored?.value === 'number' ? stored.value + 0 : digitsOf(cell.text)).toBe(cell.value);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
