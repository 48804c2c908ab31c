import type { UnitSet } from '@scorecard/domain';
import type { MapSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { BAND_COLOURS } from '../../ui/status-band';
import { COLUMNS, COMPOSITE, LATE, M1, M2, PROVINCES, SETTINGS } from './overview.fixture';
import { buildMatrixRows } from './overview-matrix';
import { MAP_COLOURS, archipelagoLabelPlace, toOverviewMapOption } from './to-overview-map-option';

const rows = buildMatrixRows({
  provinces: PROVINCES,
  metrics: [
    { key: 'm1', rows: M1 },
    { key: 'm2', rows: M2 },
  ],
  latePayment: { provinces: LATE },
  composite: COMPOSITE,
  settings: SETTINGS,
});

function seriesOf(columnKey: string, unitSet: UnitSet = 'vn63-2004') {
  const option = toOverviewMapOption({
    unitSet,
    rows,
    column: COLUMNS.find((c) => c.key === columnKey)!,
    formatValue: (value) => `${Math.round(value * 1000) / 10}%`,
    describeMissing: () => 'Chưa báo cáo',
    staleNote: () => null,
  });
  const series = (option.series as MapSeriesOption[])[0]!;
  const data = series.data as { name: string; value: unknown; itemStyle: { areaColor: string }; text?: string }[];
  return { series, data, byCode: (code: string) => data.find((d) => d.name === code)! };
}

describe('toOverviewMapOption', () => {
  it('draws the map of the unit set it is given: the 63 provinces or the 34 units of 2025', () => {
    expect(seriesOf('m1', 'vn63-2004').series.map).toBe('vietnam-63');
    expect(seriesOf('m1', 'vn34-2025').series.map).toBe('vietnam-34');
  });

  it('matches the map’s features by their official code', () => {
    const { series } = seriesOf('m1');
    expect(series.type).toBe('map');
    expect(series.nameProperty).toBe('code');
  });

  it('fills each province with the colour of its band on the chosen column', () => {
    const { byCode } = seriesOf('m1');
    expect(byCode('01').itemStyle.areaColor).toBe(BAND_COLOURS.ON_TRACK);
    expect(byCode('02').itemStyle.areaColor).toBe(BAND_COLOURS.BEHIND);
    expect(byCode('40').itemStyle.areaColor).toBe(MAP_COLOURS.noData);
    expect(byCode('40').text).toBe('Chưa báo cáo');
    expect(seriesOf('late_payment').byCode('38').itemStyle.areaColor).toBe(BAND_COLOURS.BEHIND);
  });

  it('draws Hoàng Sa and Trường Sa in a neutral colour, with no figure, and names them', () => {
    const { series, byCode } = seriesOf('composite');
    for (const code of ['HS', 'TS']) {
      expect(byCode(code).itemStyle.areaColor).toBe(MAP_COLOURS.archipelago);
      expect(byCode(code).value).toBe('-');
    }
    const names = (series.markPoint as { data: { name: string; label: { formatter: string } }[] }).data;
    expect(names.map((n) => [n.name, n.label.formatter])).toEqual([
      ['HS', 'QĐ. Hoàng Sa\n(Đà Nẵng)'],
      ['TS', 'QĐ. Trường Sa\n(Khánh Hòa)'],
    ]);
  });

  it('puts the archipelagos’ names in the open sea: under Hoàng Sa, over Trường Sa', () => {
    const hoangSa = archipelagoLabelPlace('HS');
    expect(hoangSa.position).toBe('bottom');
    expect(hoangSa.coord[0]).toBeGreaterThan(111);
    expect(hoangSa.coord[1]).toBeGreaterThan(15.5);
    expect(hoangSa.coord[1]).toBeLessThan(16.5);
    const truongSa = archipelagoLabelPlace('TS');
    expect(truongSa.position).toBe('top');
    expect(truongSa.coord[1]).toBeGreaterThan(11);
  });
});
