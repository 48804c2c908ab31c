import { describe, expect, it } from 'vitest';
import { approvalOutcome, reportHeadline } from './report-result';

describe('reportHeadline', () => {
  it('says how many figures were stored, and how many were the same as before', () => {
    expect(reportHeadline({ rowsStored: 5, rowsUnchanged: 2, alreadyImported: false })).toEqual({
      title: 'Đã lưu 5 số liệu',
      detail: '2 số liệu trùng với số đang dùng, không cần lưu lại',
      tone: 'saved',
    });
  });

  it('says nothing new was stored when every figure was already in force', () => {
    expect(reportHeadline({ rowsStored: 0, rowsUnchanged: 7, alreadyImported: false })).toMatchObject({
      title: 'Không có số liệu mới nào được lưu',
      tone: 'unchanged',
    });
  });

  it('says the same report was sent before', () => {
    expect(reportHeadline({ rowsStored: 0, rowsUnchanged: 0, alreadyImported: true }).title).toBe(
      'Báo cáo này đã được gửi trước đó: không có gì thay đổi',
    );
  });
});

describe('approvalOutcome', () => {
  const stored = { submissionId: 'r-1', rowsStored: 2 };

  it('says the figures count at once when headquarters or a director with a clean report sent them', () => {
    expect(approvalOutcome({ ...stored, state: 'APPROVED', approvalRequired: 'NONE' })).toMatchObject({
      title: 'Đã ghi nhận',
      tone: 'recorded',
    });
  });

  it('says who approves a pending report: the province’s director, or headquarters after a data-quality finding', () => {
    expect(approvalOutcome({ ...stored, state: 'PENDING', approvalRequired: 'DIRECTOR' })?.title).toBe(
      'Chờ duyệt — giám đốc tỉnh duyệt',
    );
    expect(approvalOutcome({ ...stored, state: 'PENDING', approvalRequired: 'HEADQUARTERS' })?.title).toBe(
      'Chờ duyệt — Trung ương duyệt vì vượt quy tắc kiểm tra dữ liệu',
    );
  });

  it('says nothing about approval when nothing new was stored', () => {
    expect(
      approvalOutcome({ submissionId: null, rowsStored: 0, state: 'APPROVED', approvalRequired: 'NONE' }),
    ).toBeNull();
  });
});
