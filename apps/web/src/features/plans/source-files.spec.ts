import { describe, expect, it } from 'vitest';
import { baseName, sourceFileNames } from './source-files';

describe('sourceFileNames', () => {
  it('lists the file names of a version source without their folders', () => {
    expect(
      sourceFileNames('data/plans/2800-KH-BHXH-2021/appendix-01.txt, data/plans/2800-KH-BHXH-2021/appendix-02.txt'),
    ).toEqual(['appendix-01.txt', 'appendix-02.txt']);
  });

  it('keeps a single uploaded file name as it is', () => {
    expect(sourceFileNames('Phụ lục 01.xlsx')).toEqual(['Phụ lục 01.xlsx']);
  });
});

describe('baseName', () => {
  it('handles both slash kinds', () => {
    expect(baseName('C:\\KH\\appendix-05.csv')).toBe('appendix-05.csv');
    expect(baseName('appendix-05.csv')).toBe('appendix-05.csv');
  });
});
