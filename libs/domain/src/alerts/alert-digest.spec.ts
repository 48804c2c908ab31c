import { describe, expect, it } from 'vitest';
import { composeDigest, digestSlot } from './alert-digest';

const DATES = ['2026-11-15', '2026-11-30', '2026-12-15'];

describe('digestSlot', () => {
  it('is the day itself for a daily digest', () => {
    expect(digestSlot('DAILY', '2026-12-04', DATES)).toEqual({
      key: 'DAILY 2026-12-04',
      kind: 'DAILY',
      date: '2026-12-04',
    });
  });

  it('is the day before and the day after each report date for a digest per report date', () => {
    expect(digestSlot('REPORT_DATE', '2026-11-29', DATES)?.key).toBe('BEFORE 2026-11-30');
    expect(digestSlot('REPORT_DATE', '2026-11-30', DATES)?.key).toBe('BEFORE 2026-11-30');
    expect(digestSlot('REPORT_DATE', '2026-12-01', DATES)?.key).toBe('AFTER 2026-11-30');
    // Days between keep the last slot: nothing new is due until the day before 15/12.
    expect(digestSlot('REPORT_DATE', '2026-12-13', DATES)?.key).toBe('AFTER 2026-11-30');
    expect(digestSlot('REPORT_DATE', '2026-12-14', DATES)?.key).toBe('BEFORE 2026-12-15');
    expect(digestSlot('REPORT_DATE', '2026-11-13', DATES)).toBeNull();
  });
});

describe('composeDigest', () => {
  const items = [
    { date: '2026-11-15', subject: 'Hà Nội: báo cáo', body: 'Cũ hơn.', link: '/bao-cao?x=1' },
    {
      date: '2026-11-30',
      subject: 'Hà Nội tụt 5 bậc về BHXH bắt buộc',
      body: 'Đến ngày 30/11/2026, Hà Nội xếp hạng 42/63 về BHXH bắt buộc (kỳ trước: 37/63).',
      link: '/tinh/01?asOf=2026-11-30&metric=dev_compulsory_si',
    },
  ];

  it('says the slot, the scope and the count in the subject and lists the newest first with absolute links', () => {
    const digest = composeDigest({
      slot: { key: 'DAILY 2026-12-04', kind: 'DAILY', date: '2026-12-04' },
      scope: 'Hà Nội',
      recipientName: 'Giám đốc BHXH Hà Nội',
      items,
      language: 'vi',
      baseUrl: 'https://scorecard.example/',
    });
    expect(digest.subject).toBe('[BHXH Scorecard] Bản tin cảnh báo ngày 04/12/2026 — Hà Nội: 2 cảnh báo');
    expect(digest.text.indexOf('tụt 5 bậc')).toBeLessThan(digest.text.indexOf('Cũ hơn.'));
    expect(digest.text).toContain('https://scorecard.example/tinh/01?asOf=2026-11-30&metric=dev_compulsory_si');
    expect(digest.text).toContain('Kính gửi Giám đốc BHXH Hà Nội,');
    expect(digest.html).toContain('href="https://scorecard.example/bao-cao?x=1"');
  });

  it('escapes what it writes into the HTML and speaks English to a user who chose it', () => {
    const digest = composeDigest({
      slot: { key: 'AFTER 2026-11-30', kind: 'AFTER', date: '2026-11-30' },
      scope: null,
      recipientName: '<Lãnh đạo>',
      items: [items[0]!],
      language: 'en',
      baseUrl: 'http://localhost:3000',
    });
    expect(digest.subject).toBe('[BHXH Scorecard] Alert digest after the report date 30/11/2026 — National: 1 alert');
    expect(digest.html).toContain('&lt;Lãnh đạo&gt;');
    expect(digest.html).not.toContain('<Lãnh đạo>');
  });
});
