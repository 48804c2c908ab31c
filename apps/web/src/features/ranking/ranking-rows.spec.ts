import { describe, expect, it } from 'vitest';
import { attainmentRow, noTargetRow, notReportedRow } from './attainment-row.fixture';
import { countOnTrack, expectedShareToDate, groupRankingRows, orderForTable } from './ranking-rows';

describe('groupRankingRows', () => {
  it('separates ranked, not-reported and no-target provinces', () => {
    const groups = groupRankingRows([
      notReportedRow('02', 'Hà Giang'),
      attainmentRow({ code: '01', name: 'Hà Nội', rank: 2 }),
      noTargetRow('04', 'Cao Bằng'),
      attainmentRow({ code: '79', name: 'TP Hồ Chí Minh', rank: 1 }),
    ]);
    expect(groups.ranked.map((r) => r.province.code)).toEqual(['79', '01']);
    expect(groups.notReported.map((r) => r.province.code)).toEqual(['02']);
    expect(groups.noTarget.map((r) => r.province.code)).toEqual(['04']);
  });

  it('keeps a reported row without a rank visible instead of dropping it', () => {
    const groups = groupRankingRows([attainmentRow({ code: '01', name: 'Hà Nội', rank: null })]);
    expect(groups.unrankedOther).toHaveLength(1);
    expect(groups.ranked).toHaveLength(0);
  });
});

describe('orderForTable', () => {
  it('puts unranked provinces after the ranked ones', () => {
    const ordered = orderForTable([
      noTargetRow('04', 'Cao Bằng'),
      notReportedRow('02', 'Hà Giang'),
      attainmentRow({ code: '01', name: 'Hà Nội', rank: 1 }),
    ]);
    expect(ordered.map((r) => r.province.code)).toEqual(['01', '02', '04']);
  });
});

describe('countOnTrack', () => {
  it('counts only provinces known to be on track', () => {
    expect(
      countOnTrack([
        attainmentRow({ code: '01', name: 'Hà Nội', onTrack: true }),
        attainmentRow({ code: '02', name: 'Hà Giang', onTrack: false }),
        notReportedRow('04', 'Cao Bằng'),
      ]),
    ).toBe(1);
  });
});

describe('expectedShareToDate', () => {
  it('is the target to date over the period target, or null without a target', () => {
    expect(expectedShareToDate(attainmentRow({ code: '01', name: 'Hà Nội', target: 200, targetToDate: 50 }))).toBe(
      0.25,
    );
    expect(expectedShareToDate(noTargetRow('04', 'Cao Bằng'))).toBeNull();
  });
});
