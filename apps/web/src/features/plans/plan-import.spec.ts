import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { bytesToBase64, checkImportSelection, importOutcomeMessage, isForbidden } from './plan-import';

const problem = {
  kind: 'NOT_A_NUMBER',
  file: 'appendix-01.txt',
  line: 12,
  column: 3,
  value: '1.2x',
  message: 'the cell is not a whole number',
  fix: 'Write the number with digits only.',
};

function refused(problems: unknown, reason = 'PLAN_IMPORT_INVALID'): GraphQLRequestError {
  return new GraphQLRequestError('graphql', 'The published plan cannot be imported', 200, [
    { message: 'The published plan cannot be imported', extensions: { code: 'BAD_USER_INPUT', reason, problems } },
  ]);
}

describe('checkImportSelection', () => {
  it('asks for at least one file', () => {
    expect(checkImportSelection([], 'p')).toEqual(['Chọn ít nhất một tệp bảng chỉ tiêu.']);
  });

  it('requires manifest.json for a new plan, not for a new version of an existing one', () => {
    expect(checkImportSelection(['appendix-01.txt'], null)).toEqual([
      'Kế hoạch mới cần tệp manifest.json trong các tệp đã chọn.',
    ]);
    expect(checkImportSelection(['manifest.json', 'appendix-01.txt'], null)).toEqual([]);
    expect(checkImportSelection(['appendix-01.xlsx'], '2800-KH-BHXH-2021')).toEqual([]);
  });
});

describe('isForbidden', () => {
  it('recognises a caller without the right to import', () => {
    const error = new GraphQLRequestError('graphql', 'Only HEADQUARTERS users may do this', 200, [
      { message: 'Only HEADQUARTERS users may do this', extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN' } },
    ]);
    expect(isForbidden(error)).toBe(true);
    expect(isForbidden(refused([problem]))).toBe(false);
  });
});

describe('importOutcomeMessage', () => {
  it('says whether a version was stored, was already there, or was only checked', () => {
    expect(importOutcomeMessage({ version: 2, created: true, dryRun: false })).toBe('Đã lưu phiên bản 2');
    expect(importOutcomeMessage({ version: 1, created: false, dryRun: false })).toBe(
      'Nội dung trùng phiên bản 1 — không có gì thay đổi',
    );
    expect(importOutcomeMessage({ version: 2, created: false, dryRun: true })).toBe('Kiểm tra xong — chưa lưu');
  });
});

describe('bytesToBase64', () => {
  it('encodes the bytes exactly, Vietnamese UTF-8 text and binary alike', () => {
    const text = new TextEncoder().encode('Tỉnh\tTháng 9\nThừa Thiên Huế\t1.234\n');
    expect(bytesToBase64(text)).toBe(Buffer.from(text).toString('base64'));
    const binary = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 37) % 256);
    expect(bytesToBase64(binary)).toBe(Buffer.from(binary).toString('base64'));
  });

  it('encodes an empty file as an empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
