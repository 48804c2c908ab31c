import { describe, expect, it } from 'vitest';
import { appPath, kindLabel, unreadBadge, unreadSuffix } from './notification-labels';

describe('notification labels', () => {
  it('names each kind of alert in Vietnamese, as the alert settings and the digests do', () => {
    expect(kindLabel('REPORT_DUE_TOMORROW')).toBe('Nhắc hạn báo cáo (trước một ngày)');
    expect(kindLabel('REPORT_MISSING')).toBe('Báo cáo không đến đúng hạn');
    expect(kindLabel('BAND_FELL')).toBe('Tụt mức đánh giá (Đạt → Cần chú ý / Chậm)');
    expect(kindLabel('RANK_DROP')).toBe('Tụt hạng');
    expect(kindLabel('PACE_STRAIN')).toBe('Nhịp độ cần thiết quá cao');
    expect(kindLabel('LATE_PAYMENT_HIGH')).toBe('Tỷ lệ chậm đóng vượt ngưỡng');
    expect(kindLabel('LATE_PAYMENT_RISING')).toBe('Tỷ lệ chậm đóng tăng hai kỳ liền');
    expect(kindLabel('APPROVAL_WAITING')).toBe('Báo cáo chờ duyệt quá lâu');
    expect(kindLabel('STEP_OVERDUE')).toBe('Bước xử lý đơn vị trốn đóng quá hạn');
  });

  it('shows a kind it does not know by its code, so nothing disappears', () => {
    expect(kindLabel('NEW_KIND')).toBe('NEW_KIND');
  });
});

describe('the unread count in the header', () => {
  it('shows no badge for none, and the whole number in vi-VN figures otherwise', () => {
    expect(unreadBadge(0)).toBeNull();
    expect(unreadBadge(2)).toBe('2');
    expect(unreadBadge(1250)).toBe('1.250');
  });

  it('tells screen readers the full count, that none is unread, or that it could not be loaded', () => {
    expect(unreadSuffix({ status: 'ready', count: 2 })).toBe(', 2 chưa đọc');
    expect(unreadSuffix({ status: 'ready', count: 1250 })).toBe(', 1.250 chưa đọc');
    expect(unreadSuffix({ status: 'ready', count: 0 })).toBe(', không có cảnh báo chưa đọc');
    expect(unreadSuffix({ status: 'failed' })).toBe(', chưa tải được số cảnh báo chưa đọc');
    expect(unreadSuffix({ status: 'loading' })).toBe('');
  });
});

describe('appPath', () => {
  it('keeps a path of the app, query included', () => {
    expect(appPath('/tinh/01?plan=2800-KH-BHXH-2021&asOf=2021-12-31&metric=dev_compulsory_si')).toBe(
      '/tinh/01?plan=2800-KH-BHXH-2021&asOf=2021-12-31&metric=dev_compulsory_si',
    );
    expect(appPath('/bao-cao?province=12&date=2021-12-31')).toBe('/bao-cao?province=12&date=2021-12-31');
  });

  it('makes no link of another site or a script', () => {
    expect(appPath('https://example.com/x')).toBeNull();
    expect(appPath('//example.com/x')).toBeNull();
    expect(appPath('/\\example.com')).toBeNull();
    expect(appPath('javascript:alert(1)')).toBeNull();
    expect(appPath('')).toBeNull();
  });
});
