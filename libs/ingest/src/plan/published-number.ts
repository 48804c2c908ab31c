import type { ParsedNumber, ProblemFix } from '@scorecard/domain';

// Plan tables hold whole numbers only: their cells are read with parseNumberText(text, 'whole') and
// checkStoredNumber(value, 'whole') of @scorecard/domain, where "1.234" is 1234 and "1,5" is refused.

export type PublishedNumberProblem = Extract<ParsedNumber, { ok: false }>['reason'];

/** The fix to show for a cell that is not a usable number. */
export function numberFix(reason: PublishedNumberProblem): ProblemFix {
  switch (reason) {
    case 'NEGATIVE_NUMBER':
      return {
        fix: 'A target cannot be negative: write the published number without a sign.',
        fixVi: 'Chỉ tiêu không thể là số âm: ghi đúng số đã công bố, không kèm dấu trừ hay dấu ngoặc.',
      };
    case 'NOT_A_NUMBER':
      return {
        fix: 'Write a whole number, digits with optional "," or "." thousands separators (e.g. 2,350,507 or 2.350.507); write 0 for no target.',
        fixVi:
          'Ghi số nguyên bằng chữ số, có thể dùng dấu "," hoặc "." phân cách hàng nghìn (ví dụ 2,350,507 hoặc 2.350.507); ghi 0 nếu không giao chỉ tiêu.',
      };
  }
}
