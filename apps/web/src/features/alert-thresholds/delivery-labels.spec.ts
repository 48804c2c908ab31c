import { describe, expect, it } from 'vitest';
import { channelLabel, slotLabel, stateLabel } from './delivery-labels';

describe('the delivery log in words', () => {
  it('names the channels, and shows one it does not know as sent', () => {
    expect(channelLabel('EMAIL')).toBe('Thư điện tử');
    expect(channelLabel('WEBHOOK')).toBe('Webhook');
    expect(channelLabel('SMS')).toBe('SMS');
  });

  it('names each state of a message', () => {
    expect(['PENDING', 'SENDING', 'SENT', 'RETRY', 'FAILED'].map(stateLabel)).toEqual([
      'Chờ gửi',
      'Đang gửi',
      'Đã gửi',
      'Sẽ thử lại',
      'Lỗi',
    ]);
    expect(stateLabel('LOST')).toBe('LOST');
  });

  it('writes a digest’s slot with its date in dd/mm/yyyy and a webhook batch’s time as a time', () => {
    expect(slotLabel('DAILY 2026-12-04')).toBe('Hằng ngày 04/12/2026');
    expect(slotLabel('BEFORE 2026-11-30')).toBe('Trước kỳ báo cáo 30/11/2026');
    expect(slotLabel('AFTER 2026-11-30')).toBe('Sau kỳ báo cáo 30/11/2026');
    expect(slotLabel('2026-12-04T08:30:00')).toBe('04/12/2026 08:30');
    expect(slotLabel('other')).toBe('other');
  });
});
