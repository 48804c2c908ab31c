import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_PARQUET,
  actualsContext,
  csvText,
  fixtureArrowBytes,
  fixtureCsvLines,
  fixtureSheetRows,
  parquetBytes,
  workbookBytes,
} from './__fixtures__/actual-sources.fixtures';
import { readActualArrow } from './actual-arrow.reader';
import { readActualSources, type ActualSourceContext, type ActualSourceFile } from './actual-source.reader';

// Whatever the bytes — random, random behind a format's magic number, a valid file with bytes changed or cut, or
// a CSV edited at random — the reader never throws, and either refuses with problems and no row, or returns
// rows that are all valid: a known province and metric, a date in the period, a value >= 0, a well-formed time.

let context: ActualSourceContext;
let parquet: Uint8Array;
let workbook: Uint8Array;
let arrowFile: Uint8Array;
let arrowStream: Uint8Array;
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  context = await actualsContext();
  parquet = await parquetBytes(FIXTURE_PARQUET);
  workbook = await workbookBytes([{ name: 'S', rows: fixtureSheetRows() }]);
  arrowFile = fixtureArrowBytes('file');
  arrowStream = fixtureArrowBytes('stream');
});

async function expectSoundOutcome(files: readonly ActualSourceFile[]): Promise<void> {
  const read = await readActualSources(files, context);
  if (read.problems.length > 0) {
    expect(read.rows).toEqual([]);
    for (const problem of read.problems) {
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.fix.length).toBeGreaterThan(0);
    }
    return;
  }
  const codes = new Set(context.provinces.map((province) => province.code));
  const metrics = new Set(context.metrics.map((metric) => metric.key));
  for (const row of read.rows) {
    expect(codes.has(row.provinceCode)).toBe(true);
    expect(metrics.has(row.metric)).toBe(true);
    expect(row.reportDate >= context.period.start && row.reportDate <= context.period.end).toBe(true);
    expect(Number.isFinite(row.value) && row.value >= 0).toBe(true);
    if (row.submittedAt !== null) expect(row.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(Number.isInteger(row.sourceRow) && row.sourceRow >= 1).toBe(true);
  }
}

const MAGIC: Readonly<Record<string, number[]>> = {
  '.csv': [],
  '.xlsx': [0x50, 0x4b, 0x03, 0x04],
  '.parquet': [0x50, 0x41, 0x52, 0x31],
};

/** A valid file with a few bytes overwritten and perhaps cut short. */
const damaged = (original: () => Uint8Array) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
      fc.option(fc.nat(), { nil: null }),
    )
    .map(([edits, cut]) => {
      const bytes = new Uint8Array(original());
      for (const [position, byte] of edits) bytes[position % bytes.length] = byte;
      return cut === null ? bytes : bytes.slice(0, cut % bytes.length);
    });

describe('readActualSources never throws', () => {
  it('on random bytes, bare or behind a magic number, whatever the file is called', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('.csv', '.xlsx', '.parquet', '.arrow', '.tsv', '.bin'),
        fc.boolean(),
        async (random, extension, withMagic) => {
          const magic = withMagic ? (MAGIC[extension] ?? []) : [];
          const bytes = Uint8Array.from([...magic, ...random]);
          await expectSoundOutcome([{ name: `random${extension}`, bytes }]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on a damaged Parquet file or workbook', async () => {
    await fc.assert(
      fc.asyncProperty(
        damaged(() => parquet),
        async (bytes) => {
          await expectSoundOutcome([{ name: 'damaged.parquet', bytes }]);
        },
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(
        damaged(() => workbook),
        async (bytes) => {
          await expectSoundOutcome([{ name: 'damaged.xlsx', bytes }]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('on a damaged Arrow file, within its time and memory limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        damaged(() => arrowFile),
        damaged(() => arrowStream),
        async (file, stream) => {
          for (const bytes of [file, stream]) {
            const read = await readActualArrow('damaged.arrow', bytes, { timeoutMs: 3_000, maxMemoryMb: 64 });
            expect(read.tables.length + read.problems.length).toBe(1);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('on a CSV report edited at random', async () => {
    const lines = fixtureCsvLines();
    const unicode = fc.string({ unit: 'grapheme', maxLength: 12 });
    const cellEdit = fc.record({
      kind: fc.constant('cell' as const),
      line: fc.nat(),
      cell: fc.nat(),
      text: fc.oneof(
        unicode,
        fc.constantFrom('', '"', '""', ',', ';', '\n', '-1', '1,5', '31/02/2021', '2020-12-31', 'Hà Nội', '1', 'NaN'),
      ),
    });
    const lineEdit = fc.record({
      kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'replace' as const),
      line: fc.nat(),
      text: fc.oneof(unicode, fc.constant('')),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(cellEdit, lineEdit), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        async (edits, delimiter) => {
          const edited: string[][] = lines.map((line) => [...line]);
          const raw = new Map<number, string>();
          for (const edit of edits) {
            const at = edit.line % edited.length;
            if (edit.kind === 'cell') {
              const line = edited[at];
              if (line) line[edit.cell % line.length] = edit.text;
            } else if (edit.kind === 'delete') edited.splice(at, 1);
            else if (edit.kind === 'duplicate') edited.splice(at, 0, [...(edited[at] ?? [])]);
            else raw.set(at, edit.text);
          }
          const text = csvText(edited, delimiter)
            .split('\r\n')
            .map((line, index) => raw.get(index) ?? line)
            .join('\r\n');
          await expectSoundOutcome([{ name: 'edited.csv', bytes: encode(text) }]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
