import { describe, expect, it } from 'vitest';
import { competitionRanks } from './competition-rank';

describe('competitionRanks', () => {
  it('ranks ties equally and skips the next rank', () => {
    expect(competitionRanks([0.5, 0.9, 0.7, 0.9], 'HIGHER_FIRST')).toEqual([4, 1, 3, 1]);
  });

  it('compares values after rounding to six decimal places', () => {
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.3000004, 0.300001], 'HIGHER_FIRST')).toEqual([2, 2, 2, 1]);
  });

  it('ranks the lowest first for a lower-is-better measure such as the late-payment ratio', () => {
    expect(competitionRanks([0.0337, 0.0291, 0.05], 'LOWER_FIRST')).toEqual([2, 1, 3]);
  });

  it('leaves unranked values without a rank and does not let them take a place', () => {
    expect(competitionRanks([null, 0.2, 0.8, null], 'HIGHER_FIRST')).toEqual([null, 2, 1, null]);
  });
});
