import { describe, expect, it } from 'vitest';
import { describeWarning } from './data-quality';

const base = { reportDate: '2021-10-31', value: 1200, previousValue: 1350, periodTotal: 4000, message: 'server text' };

describe('describeWarning', () => {
  it('explains a cumulative figure lower than the previous report', () => {
    expect(describeWarning({ ...base, kind: 'DECREASING_CUMULATIVE' }, 'người')).toEqual({
      label: 'Lũy kế thấp hơn kỳ trước',
      description: 'Lũy kế 1.200 người thấp hơn kỳ trước (1.350 người).',
    });
  });

  it('explains a rise of several period quotas', () => {
    const view = describeWarning({ ...base, kind: 'JUMP_ABOVE_QUOTA', value: 15350 }, 'người');
    expect(view.label).toBe('Vượt nhiều lần chỉ tiêu kỳ');
    expect(view.description).toBe('Tăng 14.000 người so với kỳ trước, gấp nhiều lần chỉ tiêu kỳ (4.000 người).');
  });

  it('explains a report date outside the plan calendar', () => {
    expect(describeWarning({ ...base, kind: 'OFF_SCHEDULE_DATE', reportDate: '2021-10-20' }, 'hồ sơ')).toEqual({
      label: 'Ngày báo cáo ngoài lịch',
      description: 'Ngày 20/10/2021 không thuộc lịch báo cáo của kế hoạch. Số đã gửi: 1.200 hồ sơ.',
    });
  });

  it('shows a kind it does not know as sent, with the server message', () => {
    expect(describeWarning({ ...base, kind: 'NEW_KIND' }, undefined)).toEqual({
      label: 'NEW_KIND',
      description: 'server text — Số đã gửi: 1.200.',
    });
  });
});
