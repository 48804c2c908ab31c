import { describe, expect, it } from 'vitest';
import { text } from '../i18n/vi';
import { rankChangeView } from './rank-change';

const at = (rank: number | null, previousRank: number | null, rankChange: number | null) => ({
  rank,
  previousRank,
  rankChange,
  previousReportDate: '2021-10-15',
});

describe('rankChangeView', () => {
  it('shows a province that moved up with a green-toned up arrow and the places gained', () => {
    expect(rankChangeView(at(3, 5, 2))).toEqual({
      text: '▲2',
      tone: 'up',
      title: 'So với kỳ báo cáo 15/10/2021: hạng 5',
      spoken: 'tăng 2 hạng',
    });
  });

  it('shows a province that moved down with a down arrow', () => {
    const view = rankChangeView(at(6, 5, -1));
    expect([view.text, view.tone, view.title]).toEqual(['▼1', 'down', 'So với kỳ báo cáo 15/10/2021: hạng 5']);
  });

  it('shows an unchanged rank as a dash', () => {
    expect(rankChangeView(at(4, 4, 0))).toMatchObject({ text: '–', tone: 'same', spoken: 'giữ nguyên hạng' });
  });

  it('says "mới" for a province ranked now but not at the previous report date', () => {
    expect(rankChangeView(at(12, null, null))).toEqual({
      text: 'mới',
      tone: 'new',
      title: 'So với kỳ báo cáo 15/10/2021: chưa được xếp hạng',
      spoken: 'mới được xếp hạng',
    });
  });

  it('shows nothing moved for a province not ranked now, but still tells its earlier rank', () => {
    expect(rankChangeView(at(null, 7, null))).toMatchObject({
      text: '—',
      tone: 'none',
      title: 'So với kỳ báo cáo 15/10/2021: hạng 7',
    });
  });

  it('has nothing to compare at the first report date', () => {
    expect(rankChangeView({ rank: 1, previousRank: null, rankChange: null, previousReportDate: null })).toMatchObject({
      text: '—',
      tone: 'none',
      title: 'Không có kỳ báo cáo trước để so sánh',
    });
  });

  it('groups large moves the vi-VN way', () => {
    expect(rankChangeView(at(1, 63, 62)).text).toBe('▲62');
  });

  it('words the comparison as the caller asks, e.g. against the end of the previous month', () => {
    const wording = text.latePayment.rankChange;
    expect(rankChangeView({ ...at(3, 5, 2), previousReportDate: '2023-08-31' }, wording).title).toBe(
      'So với ngày 31/08/2023: hạng 5',
    );
    expect(rankChangeView({ ...at(3, null, null), previousReportDate: '2023-08-31' }, wording).title).toBe(
      'So với ngày 31/08/2023: chưa được xếp hạng',
    );
    expect(
      rankChangeView({ rank: 1, previousRank: null, rankChange: null, previousReportDate: null }, wording).title,
    ).toBe('Không có tháng trước để so sánh');
  });
});
