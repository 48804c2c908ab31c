import { describe, expect, it } from 'vitest';
import { metricLabels } from '../../plan/metric-labels';
import {
  describeDecision,
  describeState,
  formatReportDates,
  rejectReasonIssue,
  sourceLabel,
  submissionName,
  toFigureRows,
  waitingFor,
} from './submission-view';
import { metric } from '../plans/plan.fixture';

const labels = metricLabels([
  metric('dev_compulsory_si', 'Phát triển người tham gia BHXH bắt buộc', 'người'),
  metric('outreach_conferences', 'Hội nghị khách hàng tiềm năng BHXH tự nguyện, BHYT', 'hội nghị'),
]);
const figure = (metricKey: string, reportDate: string, value: number) => ({
  provinceCode: '12',
  metric: metricKey,
  reportDate,
  value,
});

describe('a submitted report in words', () => {
  it('lists its figures in catalogue order with vi-VN numbers and units', () => {
    const rows = toFigureRows(
      [figure('outreach_conferences', '2021-12-31', 99999), figure('dev_compulsory_si', '2021-12-31', 1234.5)],
      labels,
    );
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ['Phát triển người tham gia BHXH bắt buộc', '1.235 người'],
      ['Hội nghị khách hàng tiềm năng BHXH tự nguyện, BHYT', '99.999 hội nghị'],
    ]);
  });

  it('names a metric missing from the catalogue by its key, without a unit', () => {
    expect(toFigureRows([figure('new_metric', '2021-12-31', 2.5)], labels)[0]).toMatchObject({
      label: 'new_metric',
      value: '2,5',
    });
  });

  it('gives its report dates once each, oldest first', () => {
    const figures = [figure('a', '2021-12-31', 1), figure('b', '2021-11-30', 1), figure('c', '2021-12-31', 1)];
    expect(formatReportDates(figures)).toBe('30/11/2021, 31/12/2021');
    expect(formatReportDates([])).toBe('—');
  });

  it('says its state in words, whatever the colour', () => {
    expect(describeState('PENDING').text).toBe('Chờ duyệt');
    expect(describeState('APPROVED').text).toBe('Đã duyệt');
    expect(describeState('REJECTED')).toMatchObject({ text: 'Bị từ chối', badge: 'badge badge--error' });
  });

  it('says who decided and when, and nothing while pending', () => {
    expect(describeDecision({ state: 'REJECTED', decidedBy: 'demo.nghiep-vu', decidedAt: '2021-12-31T10:05:00' })).toBe(
      'Từ chối bởi demo.nghiep-vu lúc 31/12/2021 10:05',
    );
    expect(describeDecision({ state: 'PENDING', decidedBy: null, decidedAt: null })).toBeNull();
  });

  it('tells a caller who may not decide whom the report waits for', () => {
    expect(waitingFor({ state: 'PENDING', approvalRequired: 'HEADQUARTERS', canDecide: false })).toBe(
      'Chờ cán bộ nghiệp vụ Trung ương duyệt.',
    );
    expect(waitingFor({ state: 'PENDING', approvalRequired: 'DIRECTOR', canDecide: true })).toBeNull();
    expect(waitingFor({ state: 'APPROVED', approvalRequired: 'DIRECTOR', canDecide: false })).toBeNull();
  });

  it('requires a reason to reject, blank spaces not counting', () => {
    expect(rejectReasonIssue('   ')).toBe('Nhập lý do từ chối.');
    expect(rejectReasonIssue('Số hội nghị gấp 100 lần chỉ tiêu kỳ')).toBeNull();
  });

  it('names a file report, which has no province, as such', () => {
    expect(submissionName({ province: null })).toBe('Tệp báo cáo');
    expect(submissionName({ province: { code: '12', nameVi: 'Lai Châu' } })).toBe('Lai Châu');
  });

  it('calls a report typed into the form by the form, and a file by its name', () => {
    expect(sourceLabel('form:demo.cb-lai-chau')).toBe('Biểu mẫu nhập báo cáo');
    expect(sourceLabel('lai-chau-2021-12.xlsx')).toBe('lai-chau-2021-12.xlsx');
  });
});
