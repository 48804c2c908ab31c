import { describe, expect, it } from 'vitest';
import { reportHeadline } from './report-result';

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
