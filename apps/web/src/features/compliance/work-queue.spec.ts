import { describe, expect, it } from 'vitest';
import { sortWorkQueue } from './work-queue';

const row = (id: string, deadline: string | null, overdue: boolean) => ({
  id,
  next: { step: 'CONFERENCE_HELD' as const, from: '2023-01-01', deadline, overdue },
});

describe('the work queue', () => {
  it('puts the overdue cases first, then the earliest deadline, then the case number', () => {
    const sorted = sortWorkQueue([
      row('30', '2024-01-05', false),
      row('4', '2023-12-19', true),
      row('12', '2024-01-02', false),
      row('2', '2023-12-28', true),
      row('11', '2024-01-02', false),
      row('3', '2023-12-19', true),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['3', '4', '2', '11', '12', '30']);
  });

  it('sorts case numbers as numbers, and a case without a deadline last', () => {
    const sorted = sortWorkQueue([
      row('100', null, false),
      row('20', '2024-01-01', false),
      row('9', '2024-01-01', false),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['9', '20', '100']);
  });

  it('leaves the list it was given as it was', () => {
    const rows = [row('2', '2024-01-02', false), row('1', '2024-01-01', false)];
    sortWorkQueue(rows);
    expect(rows.map((r) => r.id)).toEqual(['2', '1']);
  });
});
