import { METRICS, type Province } from '@scorecard/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProvinceReference } from '../reference/province-reference.reader';
import {
  APPENDICES,
  PERIOD_MONTHS,
  renderText,
  repoRoot,
  seedFile,
  seedModel,
  splitBlocks,
  textFile,
  type TableModel,
} from './__fixtures__/published-2021.fixtures';
import { appendixInCaption, keywordText, metricsNamed } from './plan-metric-identification';
import { readPlanSources, type PlanSourceContext } from './plan-source.reader';

let context: PlanSourceContext;
beforeAll(async () => {
  const provinces: Province[] = await readProvinceReference(`${repoRoot}data/reference/provinces63.csv`);
  context = { periodMonths: PERIOD_MONTHS, provinces, metrics: METRICS };
});

const summary = (problems: readonly { kind: string; row: number | null; columnNumber: number | null }[]) =>
  problems.map((p) => [p.kind, p.row, p.columnNumber]);

describe('metric keywords', () => {
  it('are written folded in data/reference/metrics.json, so they can match at all', () => {
    for (const metric of METRICS) {
      expect(metric.headerKeywords.length, metric.key).toBeGreaterThan(0);
      for (const keyword of metric.headerKeywords) expect(keywordText(keyword).trim()).toBe(keyword);
    }
  });

  it("name each metric in the metric's own Vietnamese label", () => {
    for (const metric of METRICS) {
      expect(metricsNamed(metric.labelVi, METRICS), metric.labelVi).toEqual(
        expect.objectContaining({ listed: false, metrics: expect.arrayContaining([metric.key]) }),
      );
      expect(metricsNamed(metric.labelVi, METRICS).metrics[0]).toBe(metric.key);
    }
  });

  it('take the subject a title names first, and refuse a list', () => {
    const named = (text: string) => metricsNamed(text, METRICS);
    expect(named('CHỈ TIÊU HỒI NGHỊ KHÁCH HÀNG TIỀM NĂNG THAM GIA BHXH TỰ NGUYỆN, BHYT')).toEqual({
      metrics: ['outreach_conferences', 'dev_voluntary_si', 'dev_health_insurance'],
      listed: false,
    });
    expect(named('BHXH bắt buộc, BHXH tự nguyện và BHYT').listed).toBe(true);
    expect(named('BHXH bắt buộc và BHYT').listed).toBe(true);
    // "BHXH" alone names no metric, but "BHYT" after a comma is one item of a list.
    expect(named('CHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA, BHXH, BHYT')).toEqual({
      metrics: ['dev_health_insurance'],
      listed: true,
    });
    // "thuế" is not "thu": keywords match whole words.
    expect(named('Dữ liệu thuế').metrics).toEqual(['tax_data_reviews']);
    expect(named('Số thuê bao').metrics).toEqual([]);
  });

  it('read the appendix number a caption prints', () => {
    expect(appendixInCaption([{ text: 'Phụ lục số 2' }])).toBe('02');
    expect(appendixInCaption([{ text: 'PHỤ LỤC 05: CHỈ TIÊU HỘI NGHỊ' }])).toBe('05');
    expect(appendixInCaption([{ text: 'PHỤ LỤC ĐƠN ĐOC ĐƠN VỊ NỢ' }])).toBeNull();
  });
});

describe('identifying the metrics of the 2021 tables without a manifest', () => {
  it('takes appendix 01–03 from their block headers and 04–05 from their captions', async () => {
    const read = await readPlanSources(APPENDICES.map(seedFile), context);
    expect(read.problems).toEqual([]);
    expect(
      read.identifications.map((found) => [found.file.slice(-15), found.block, found.metric, found.source]),
    ).toEqual([
      ['appendix-01.txt', 1, 'dev_compulsory_si', 'header'],
      ['appendix-01.txt', 2, 'dev_voluntary_si', 'header'],
      ['appendix-01.txt', 3, 'dev_health_insurance', 'header'],
      ['appendix-02.txt', 1, 'revenue', 'header'],
      ['appendix-03.txt', 1, 'overdue_unit_inspections', 'header'],
      ['appendix-04.txt', 1, 'tax_data_reviews', 'caption'],
      ['appendix-05.txt', 1, 'outreach_conferences', 'caption'],
    ]);
  });

  it('lets the block headers of appendix 01 win over its caption, which names BHYT', async () => {
    const blocks = splitBlocks(seedModel('01'));
    const read = await readPlanSources(
      blocks.map((model) => textFile(`${model.name}.txt`, renderText(model))),
      context,
    );
    expect(read.problems).toEqual([]);
    expect(read.tables.map((table) => table.metric)).toEqual([
      'dev_compulsory_si',
      'dev_voluntary_si',
      'dev_health_insurance',
    ]);
  });

  const untitled = (model: TableModel, captions: string[]): TableModel => ({
    ...model,
    captions,
    header: [model.header[0]?.map((cell, index) => (index < 2 ? cell : '')) ?? [], model.header[1] ?? []],
  });

  it('refuses appendix 01 without block titles: its caption does not say which block is which', async () => {
    const model = untitled(seedModel('01'), seedModel('01').captions);
    const read = await readPlanSources([textFile('appendix-01.txt', renderText(model))], context);
    expect(read.tables).toEqual([]);
    expect(summary(read.problems)).toEqual([
      ['AMBIGUOUS_METRIC', 5, 3],
      ['AMBIGUOUS_METRIC', 5, 8],
      ['AMBIGUOUS_METRIC', 5, 13],
    ]);
    expect(read.problems[0]?.fix).toContain('manifest.json');
  });

  it('takes untitled blocks in the order a caption lists exactly as many metrics', async () => {
    const model = untitled(seedModel('01'), ['CHỈ TIÊU PHÁT TRIỂN BHXH BẮT BUỘC, BHXH TỰ NGUYỆN VÀ BHYT', '']);
    const read = await readPlanSources([textFile('appendix-01.txt', renderText(model))], context);
    expect(read.problems).toEqual([]);
    expect(read.identifications.map((found) => [found.metric, found.source])).toEqual([
      ['dev_compulsory_si', 'caption'],
      ['dev_voluntary_si', 'caption'],
      ['dev_health_insurance', 'caption'],
    ]);
  });

  it('refuses a table that names no metric, saying how to name it', async () => {
    const model = { ...seedModel('04'), captions: ['BẢNG SỐ LIỆU', ''] };
    const read = await readPlanSources([textFile('bang.txt', renderText(model))], context);
    expect(summary(read.problems)).toEqual([['UNKNOWN_METRIC', 3, 3]]);
    expect(read.problems[0]?.message).toBe(
      'block 1 of the table: neither its header nor the table caption names a metric',
    );
    expect(read.problems[0]?.fix).toMatch(/manifest\.json/);
  });

  it('falls back to the file name, and a manifest overrides everything', async () => {
    const model = { ...seedModel('04'), captions: ['BẢNG SỐ LIỆU', ''] };
    const text = renderText(model);
    const byName = await readPlanSources([textFile('du-lieu-thue.txt', text)], context);
    expect(byName.tables.map((table) => table.metric)).toEqual(['tax_data_reviews']);
    const byManifest = await readPlanSources(
      [{ ...textFile('bang.txt', text), metrics: ['revenue'], appendix: '09' }],
      context,
    );
    expect(byManifest.problems).toEqual([]);
    expect(byManifest.tables.map((table) => [table.metric, table.appendix])).toEqual([['revenue', '09']]);
  });

  it('refuses the same metric twice, in two files or two blocks, pointing at both', async () => {
    const read = await readPlanSources(
      [seedFile('02'), seedFile('03'), textFile('copy/appendix-02.txt', seedText02())],
      context,
    );
    expect(read.tables).toEqual([]);
    expect(read.problems.map((p) => [p.kind, p.file, p.row, p.columnNumber, p.value])).toEqual([
      ['DUPLICATE_METRIC', 'copy/appendix-02.txt', 5, 3, 'revenue'],
    ]);
    expect(read.problems[0]?.message).toBe('revenue is also given in data/plans/2800-KH-BHXH-2021/appendix-02.txt:5');
  });
});

function seedText02(): string {
  return renderText(seedModel('02'));
}
