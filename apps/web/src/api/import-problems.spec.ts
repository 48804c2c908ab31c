import { describe, expect, it } from 'vitest';
import type { ImportRefusal } from './fields';
import { refusalProblems } from './import-problems';

const problem = {
  kind: 'UNKNOWN_PROVINCE',
  file: 'bao-cao.csv',
  row: 7,
  column: 'province',
  columnNumber: 2,
  value: 'Ha Noi 2',
  message: 'unknown province',
  messageVi: 'tỉnh không có trong danh mục',
  fix: 'Use the two-digit code.',
  fixVi: 'Dùng mã hai chữ số.',
};

function refusal(problems: ImportRefusal['problems']): ImportRefusal {
  return { reason: 'ACTUAL_IMPORT_INVALID', message: 'refused', messageVi: 'bị từ chối', problemCount: 1, problems };
}

describe('refusalProblems', () => {
  it('reads each problem of a refused import with its row as the line, in Vietnamese', () => {
    expect(refusalProblems(refusal([problem]))).toEqual([
      {
        kind: 'UNKNOWN_PROVINCE',
        file: 'bao-cao.csv',
        line: 7,
        column: 'province',
        value: 'Ha Noi 2',
        message: 'tỉnh không có trong danh mục',
        fix: 'Dùng mã hai chữ số.',
      },
    ]);
  });

  it('names the column by number when the file has no header, and leaves a whole-file problem without a line', () => {
    const [read] = refusalProblems(refusal([{ ...problem, row: null, column: null, value: null }]));
    expect(read).toMatchObject({ line: null, column: 2, value: null });
  });

  it('falls back to the English text when the server sent no Vietnamese one', () => {
    const [read] = refusalProblems(refusal([{ ...problem, messageVi: '', fixVi: '' }]));
    expect(read).toMatchObject({ message: 'unknown province', fix: 'Use the two-digit code.' });
  });
});
