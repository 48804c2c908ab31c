import { describe, expect, it } from 'vitest';
import type { Report08ktFigures, Report08ktRow } from './compliance.queries';
import { REPORT_08KT_COLUMNS, report08Cell, report08ExportHref, report08Heading, report08Rows } from './report-08kt';

const figures = (n: number): Report08ktFigures =>
  Object.fromEntries(REPORT_08KT_COLUMNS.map((column) => [column, n])) as Report08ktFigures;
const row = (code: string | null, n: number): Report08ktRow => ({
  province: code === null ? null : { code, nameVi: `Tỉnh ${code}` },
  overdue: n,
  period: figures(n),
  yearToDate: figures(n * 10),
});

describe('report 08-KT on the page', () => {
  it('lists the provinces by code and the national total last', () => {
    const rows = report08Rows([row(null, 9), row('12', 1), row('01', 2)]);
    expect(rows.map((r) => r.province?.code ?? 'national')).toEqual(['01', '12', 'national']);
  });

  it('heads its columns as the form does, and writes đồng as whole vi-VN numbers', () => {
    expect(report08Heading('noticesSent')).toBe('Số đơn vị đã gửi thông báo (04-KT)');
    expect(report08Cell({ ...figures(0), contributionRecovered: 76281600000 }, 'contributionRecovered')).toBe(
      '76.281.600.000',
    );
  });

  it('downloads the workbook of the date, for the province when one is chosen', () => {
    expect(report08ExportHref('2023-12-31', '01')).toBe(
      '/export/compliance-08kt.xlsx?reportDate=2023-12-31&province=01',
    );
    expect(report08ExportHref('2023-12-20', null)).toBe('/export/compliance-08kt.xlsx?reportDate=2023-12-20');
  });
});
