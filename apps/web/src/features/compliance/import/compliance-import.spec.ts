import { describe, expect, it } from 'vitest';
import { checkImportFiles, checkListImport, checkStepsImport, openedCaseIds } from './compliance-import';

const today = '2026-12-03';
const list = { name: 'danh-sach-02a.csv' };
const form = { files: [list], kind: 'NOT_PARTICIPATING' as const, received: '28/11/2026', entered: '03/12/2026' };

describe('the files an import sends', () => {
  it('asks for a file, and takes .csv and .xlsx whatever the case of the extension', () => {
    expect(checkImportFiles([])).toBe('Chọn một tệp .csv hoặc .xlsx.');
    expect(checkImportFiles(['a.csv', 'B.XLSX'])).toBeUndefined();
  });

  it('names a file of another type', () => {
    expect(checkImportFiles(['a.csv', 'ghi-chu.txt'])).toBe('Tệp “ghi-chu.txt” không phải .csv hoặc .xlsx.');
  });
});

describe('a list to import', () => {
  it('sends the files, the list and both days as ISO dates', () => {
    expect(checkListImport(form, today)).toEqual({
      ok: true,
      variables: { files: [list], kind: 'NOT_PARTICIPATING', receivedOn: '2026-11-28', enteredOn: '2026-12-03' },
    });
  });

  it('takes a list received and entered today', () => {
    expect(checkListImport({ ...form, received: '3/12/2026' }, today)).toMatchObject({
      ok: true,
      variables: { receivedOn: '2026-12-03', enteredOn: '2026-12-03' },
    });
  });

  it('asks for the day received, and refuses one after today', () => {
    expect(checkListImport({ ...form, received: '' }, today)).toEqual({
      ok: false,
      issues: { received: 'Chưa nhập ngày. Gõ ngày dạng dd/mm/yyyy, ví dụ 31/12/2023.' },
    });
    expect(checkListImport({ ...form, received: '04/12/2026', entered: '04/12/2026' }, today)).toEqual({
      ok: false,
      issues: {
        received: 'Ngày nhận 04/12/2026 sau hôm nay (03/12/2026).',
        entered: 'Ngày cập nhật 04/12/2026 sau hôm nay (03/12/2026).',
      },
    });
  });

  it('refuses a list entered before it was received', () => {
    expect(checkListImport({ ...form, entered: '27/11/2026' }, today)).toEqual({
      ok: false,
      issues: { entered: 'Ngày cập nhật 27/11/2026 trước ngày nhận danh sách (28/11/2026).' },
    });
  });

  it('says every problem at once: no file, and a date not in the calendar', () => {
    const checked = checkListImport({ ...form, files: [], received: '31/02/2026' }, today);
    expect(checked).toMatchObject({ ok: false });
    expect(!checked.ok && Object.keys(checked.issues).sort()).toEqual(['files', 'received']);
    expect(!checked.ok && checked.issues.received).toContain('không có trong lịch');
  });
});

describe('a file of steps and outcomes to import', () => {
  it('sends the files chosen, or says none was', () => {
    expect(checkStepsImport([{ name: 'buoc.xlsx' }])).toEqual({ ok: true, variables: [{ name: 'buoc.xlsx' }] });
    expect(checkStepsImport([])).toEqual({ ok: false, issues: { files: 'Chọn một tệp .csv hoặc .xlsx.' } });
  });
});

describe('the cases the answer links to', () => {
  it('links to the opened cases only (listed first), at most five', () => {
    expect(openedCaseIds({ caseIds: ['1201', '1202', '17'], casesOpened: 2 })).toEqual(['1201', '1202']);
    expect(openedCaseIds({ caseIds: ['17'], casesOpened: 0 })).toEqual([]);
    const many = Array.from({ length: 8 }, (_, i) => String(2000 + i));
    expect(openedCaseIds({ caseIds: many, casesOpened: 8 })).toEqual(many.slice(0, 5));
  });
});
