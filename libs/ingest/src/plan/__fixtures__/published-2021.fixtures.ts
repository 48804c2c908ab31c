import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { seededRandom } from '../../sample/seeded-random';
import type { PlanSourceFile } from '../plan-source.reader';
import type { PublishedMetricTable } from '../published-plan';

// Variants of the five appendix tables of plan 2800/KH-BHXH, generated deterministically from the shipped
// text: the same numbers as other sources would publish them (other month captions, separators, spellings,
// page breaks, layouts, a workbook, a long CSV). Every variant must import to exactly the numbers of the original.

export const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
export const PLAN_DIR = 'data/plans/2800-KH-BHXH-2021';
export const PERIOD_MONTHS = ['2021-09', '2021-10', '2021-11', '2021-12'] as const;
export const APPENDICES = ['01', '02', '03', '04', '05'] as const;

/** A table as rows of cells: caption lines (a blank caption is a blank line), two header lines, the national row
 * and one row per province (row number, name, numbers). */
export type TableModel = {
  name: string;
  captions: string[];
  header: string[][];
  national: string[];
  rows: string[][];
};

export function seedText(appendix: string): string {
  return readFileSync(`${repoRoot}${PLAN_DIR}/appendix-${appendix}.txt`, 'utf8');
}

export function seedFile(appendix: string): PlanSourceFile {
  return textFile(`${PLAN_DIR}/appendix-${appendix}.txt`, seedText(appendix));
}

export function textFile(name: string, text: string): PlanSourceFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

const isHeaderStart = (cells: readonly string[]) => /^S?TT$/.test(cells[0] ?? '');

export function seedModel(appendix: string): TableModel {
  const lines = seedText(appendix)
    .split('\n')
    .map((line) => line.split('\t'));
  const headerAt = lines.findIndex(isHeaderStart);
  const national = lines.find((cells) => cells.slice(0, 2).includes('Toàn quốc'));
  if (headerAt < 0 || !national) throw new Error(`appendix ${appendix}: no header or national row`);
  return {
    name: `appendix-${appendix}`,
    captions: lines.slice(0, headerAt).map((cells) => cells.join('\t')),
    header: [lines[headerAt] ?? [], lines[headerAt + 1] ?? []],
    national,
    rows: lines.filter((cells) => /^\d+$/.test(cells[0] ?? '')),
  };
}

export type RenderOptions = {
  /** Province rows after which a page break repeats the header (and the national row unless headerOnly). */
  pageBreaks?: readonly number[];
  /** Page breaks that repeat the header but not the national row. */
  headerOnlyBreaks?: readonly number[];
  /** Blank lines inside the header and between rows, and extra caption lines. */
  spacing?: boolean;
};

export function renderText(model: TableModel, options: RenderOptions = {}): string {
  const join = (cells: readonly string[]) => cells.join('\t');
  const lines: string[] = [...model.captions];
  if (options.spacing) lines.push('Đơn vị tính: theo từng chỉ tiêu', '');
  const header = options.spacing
    ? [join(model.header[0] ?? []), '', join(model.header[1] ?? [])]
    : model.header.map(join);
  lines.push(...header, join(model.national));
  model.rows.forEach((row, index) => {
    lines.push(join(row));
    const after = index + 1;
    if (options.spacing && after % 7 === 0) lines.push('', '(tiếp theo)');
    if (options.pageBreaks?.includes(after)) lines.push('', ...header, join(model.national));
    if (options.headerOnlyBreaks?.includes(after)) lines.push('', ...header);
  });
  return `${lines.join('\n')}\n`;
}

type CellMaps = {
  month?: (month: number, year: number) => string;
  number?: (text: string) => string;
  name?: (name: string) => string;
};

const MONTH_CAPTION = /^Tháng (\d{1,2})(?:\/(\d{4}))?$/;

/** The model with its month captions, numbers and province names rewritten. */
export function mapModel(model: TableModel, maps: CellMaps): TableModel {
  const number = maps.number ?? ((text: string) => text);
  const numbers = (cells: readonly string[]) => cells.map((cell, index) => (index < 2 ? cell : number(cell)));
  return {
    ...model,
    header: model.header.map((cells) =>
      cells.map((cell) => {
        const match = MONTH_CAPTION.exec(cell);
        return match && maps.month ? maps.month(Number(match[1]), Number(match[2] ?? 2021)) : cell;
      }),
    ),
    national: numbers(model.national),
    rows: model.rows.map((cells) => {
      const mapped = numbers(cells);
      mapped[1] = maps.name ? maps.name(cells[1] ?? '') : (cells[1] ?? '');
      return mapped;
    }),
  };
}

export const dotSeparators = (text: string) => text.replace(/,/g, '.');

const TONE_PAIRS: readonly (readonly [string, string])[] = [
  ['oà', 'òa'],
  ['oá', 'óa'],
  ['oả', 'ỏa'],
  ['oã', 'õa'],
  ['oạ', 'ọa'],
  ['oè', 'òe'],
  ['oé', 'óe'],
  ['uỳ', 'ùy'],
  ['uý', 'úy'],
  ['uỷ', 'ủy'],
  ['uỹ', 'ũy'],
  ['uỵ', 'ụy'],
];

/** Old ↔ new tone placement: "Hoà" ↔ "Hòa", "Thanh Hoá" ↔ "Thanh Hóa". */
export function swapTonePlacement(name: string): string {
  let swapped = name;
  TONE_PAIRS.forEach(([a, b], index) => {
    swapped = swapped.split(a).join(`\u0001${index}a`).split(b).join(`\u0001${index}b`);
  });
  TONE_PAIRS.forEach(([a, b], index) => {
    swapped = swapped.split(`\u0001${index}a`).join(b).split(`\u0001${index}b`).join(a);
  });
  return swapped;
}

const CITIES = /Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ/;

export function withPrefix(name: string): string {
  const bare = name.replace(/^TP\.? /, '');
  return CITIES.test(bare) ? `TP. ${bare}` : `Tỉnh ${bare}`;
}

export const dashes = (name: string) => name.replace(/-/g, '\u2013');

/** The province rows in a deterministic shuffled order. */
export function shuffleRows(model: TableModel, seed: string): TableModel {
  const random = seededRandom(seed);
  const rows = [...model.rows];
  for (let index = rows.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [rows[index], rows[other]] = [rows[other] ?? [], rows[index] ?? []];
  }
  return { ...model, rows };
}

/** Appendix 01's three blocks as three tables, each under the appendix caption and its own block title. */
export function splitBlocks(model: TableModel): TableModel[] {
  const width = 5;
  return [0, 1, 2].map((block) => {
    const pick = (cells: readonly string[]) => [
      cells[0] ?? '',
      cells[1] ?? '',
      ...cells.slice(2 + block * width, 2 + (block + 1) * width),
    ];
    return {
      name: `${model.name}-block-${block + 1}`,
      captions: model.captions,
      header: model.header.map(pick),
      national: pick(model.national),
      rows: model.rows.map(pick),
    };
  });
}

/**
 * All five appendices side by side in one table of seven blocks. A block title is what the appendix calls the
 * metric: appendix 01's group titles, and the caption of appendices 02–05 (whose headers say only "Tổng số").
 */
export function combine(models: readonly TableModel[]): TableModel {
  const titleLine: string[] = ['TT', 'BHXH tỉnh, thành phố'];
  const captionLine: string[] = ['', ''];
  for (const model of models) {
    const [upper = [], lower = []] = model.header;
    for (let index = 2; index < upper.length; index += 1) {
      const lowest = (lower[index] ?? '').trim() || (upper[index] ?? '').trim();
      const isBlockStart = /^Tổng số/.test(lowest);
      const title = /^BẢO HIỂM/.test(upper[index] ?? '') ? upper[index] : model.captions[0];
      titleLine.push(isBlockStart ? (title ?? '') : '');
      captionLine.push(lowest);
    }
  }
  const byRowNumber = (index: number) => models.map((model) => model.rows[index] ?? []);
  const first = models[0];
  if (!first) throw new Error('nothing to combine');
  return {
    name: 'plan-2021-combined',
    captions: ['CHỈ TIÊU KẾ HOẠCH 04 THÁNG CUỐI NĂM 2021', ''],
    header: [titleLine, captionLine],
    national: ['', 'Toàn quốc', ...models.flatMap((model) => model.national.slice(2))],
    rows: first.rows.map((row, index) => [
      row[0] ?? '',
      row[1] ?? '',
      ...byRowNumber(index).flatMap((cells) => cells.slice(2)),
    ]),
  };
}

export type WorkbookOptions = {
  numbersAsText?: boolean;
  /** Empty columns left of the table. */
  columnOffset?: number;
  /** Add a hidden sheet of notes and an empty sheet, which the reader must skip. */
  extraSheets?: boolean;
};

const parseNumber = (text: string) => (/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(text) ? Number(text.replace(/,/g, '')) : null);

/** One sheet per table, as a spreadsheet would hold it: merged header cells, numbers as numbers (#,##0). */
export async function workbookOf(models: readonly TableModel[], options: WorkbookOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const offset = options.columnOffset ?? 0;
  if (options.extraSheets) {
    workbook.addWorksheet('Ghi chú', { state: 'hidden' }).getCell('A1').value = 'TT\tnot a table';
    workbook.addWorksheet('Trống');
  }
  for (const model of models) {
    const sheet = workbook.addWorksheet(model.name.slice(0, 31));
    let rowNumber = 1;
    const put = (cells: readonly string[], numbers: boolean) => {
      cells.forEach((text, index) => {
        if (text === '') return;
        const cell = sheet.getCell(rowNumber, index + 1 + offset);
        const value = numbers && !options.numbersAsText ? parseNumber(text) : null;
        if (value === null) cell.value = text;
        else {
          cell.value = value;
          if (index >= 2) cell.numFmt = '#,##0';
        }
      });
      rowNumber += 1;
    };
    for (const caption of model.captions) put([caption], false);
    const headerRow = rowNumber;
    const [upper = [], lower = []] = model.header;
    put(upper, false);
    put(lower, false);
    upper.forEach((text, index) => {
      if (text === '') return;
      const column = index + 1 + offset;
      if ((lower[index] ?? '') === '') {
        sheet.mergeCells(headerRow, column, headerRow + 1, column);
        return;
      }
      let last = index;
      while (last + 1 < upper.length && (upper[last + 1] ?? '') === '' && (lower[last + 1] ?? '') !== '') last += 1;
      if (last > index) sheet.mergeCells(headerRow, column, headerRow, last + 1 + offset);
    });
    put(model.national, true);
    for (const row of model.rows) put(row, true);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export type CsvOptions = {
  national: boolean;
  provinces: 'code' | 'name';
  /** Vietnamese header, ";" delimiter, "Tháng M/YYYY" months, "Tổng số" totals and "." separators. */
  vietnamese?: boolean;
  shuffle?: boolean;
};

/** Every number of the tables, one line each: province,metric,month,value. */
export function longCsvOf(tables: readonly PublishedMetricTable[], options: CsvOptions): string {
  const delimiter = options.vietnamese ? ';' : ',';
  const quote = (text: string) => (/[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines: string[][] = [];
  for (const table of tables) {
    const rows = options.national ? [table.national, ...table.provinces] : table.provinces;
    for (const row of rows) {
      const province = row.code === null ? 'Toàn quốc' : options.provinces === 'code' ? row.code : row.publishedName;
      const value = (text: string) => (options.vietnamese ? dotSeparators(text) : text);
      lines.push([province, table.metric, options.vietnamese ? 'Tổng số' : 'total', value(row.total.text)]);
      for (const { month, cell } of row.months) {
        const [year, mm] = month.split('-');
        lines.push([
          province,
          table.metric,
          options.vietnamese ? `Tháng ${Number(mm)}/${year}` : month,
          value(cell.text),
        ]);
      }
    }
  }
  const ordered = options.shuffle ? shuffleLines(lines) : lines;
  const header = options.vietnamese
    ? ['Tỉnh', 'Chỉ tiêu', 'Tháng', 'Giá trị']
    : ['province', 'metric', 'month', 'value'];
  return `${[header, ...ordered].map((cells) => cells.map(quote).join(delimiter)).join('\r\n')}\r\n`;
}

function shuffleLines(lines: string[][]): string[][] {
  const random = seededRandom('long-csv');
  const shuffled = [...lines];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] ?? [], shuffled[index] ?? []];
  }
  return shuffled;
}

export type CanonicalCell = [metric: string, code: string | null, month: string | null, value: number];

/** Every number of the tables, in one order whatever the source: what two readings must agree on. */
export function canonical(
  tables: readonly PublishedMetricTable[],
  options: { national?: boolean } = {},
): CanonicalCell[] {
  const cells: CanonicalCell[] = [];
  for (const table of tables) {
    const rows = options.national === false ? table.provinces : [table.national, ...table.provinces];
    for (const row of rows) {
      cells.push([table.metric, row.code, null, row.total.value]);
      for (const { month, cell } of row.months) cells.push([table.metric, row.code, month, cell.value]);
    }
  }
  const key = (cell: CanonicalCell) => `${cell[0]}|${cell[1] ?? ''}|${cell[2] ?? ''}`;
  return cells.sort((a, b) => key(a).localeCompare(key(b)));
}
