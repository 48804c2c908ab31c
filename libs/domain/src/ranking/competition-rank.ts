export type RankDirection = 'HIGHER_FIRST' | 'LOWER_FIRST';

/** Values are compared after rounding to six decimal places, so 0.1 + 0.2 ties with 0.3. */
export function roundForRanking(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Standard competition ranking (1, 2, 2, 4). Items whose value is null are not ranked and get null.
 * Returns the ranks in the order of the input.
 */
export function competitionRanks(values: readonly (number | null)[], direction: RankDirection): (number | null)[] {
  const ranked = values
    .map((value, index) => ({ value: value === null ? null : roundForRanking(value), index }))
    .filter((item): item is { value: number; index: number } => item.value !== null && Number.isFinite(item.value))
    .sort((a, b) => (direction === 'HIGHER_FIRST' ? b.value - a.value : a.value - b.value));
  const ranks: (number | null)[] = values.map(() => null);
  ranked.forEach((item, position) => {
    const previous = ranked[position - 1];
    ranks[item.index] = previous && previous.value === item.value ? (ranks[previous.index] as number) : position + 1;
  });
  return ranks;
}
