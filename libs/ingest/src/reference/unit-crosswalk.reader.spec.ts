import { fileURLToPath } from 'node:url';
import { predecessorsOf } from '@scorecard/domain';
import { describe, expect, it } from 'vitest';
import { readUnitSet, readUnitCrosswalk } from './unit-crosswalk.reader';
import { readProvinceReference } from './province-reference.reader';

const DATA = fileURLToPath(new URL('../../../../data', import.meta.url));

describe('the shipped 63 → 34 crosswalk (merge_2025.csv)', () => {
  it('gives 34 units, every one of the 63 with one successor, and the merged units their predecessors', async () => {
    const units63 = await readProvinceReference(`${DATA}/reference/provinces63.csv`);
    const { units34, crosswalk } = await readUnitCrosswalk(`${DATA}/reference/merge_2025.csv`, units63);
    expect(units34).toHaveLength(34);
    expect(crosswalk.successor.size).toBe(63);
    expect(new Set(crosswalk.successor.values()).size).toBe(34);
    const members = predecessorsOf(crosswalk);
    expect(members.get('79')).toEqual(['74', '77', '79']); // Bình Dương, Bà Rịa - Vũng Tàu, TP. Hồ Chí Minh
    expect(members.get('46')).toEqual(['46']);
    expect(units34.find((u) => u.code === '46')).toMatchObject({ nameVi: 'Huế', nameEn: 'Hue' });
    expect(units34.find((u) => u.code === '79')).toMatchObject({ nameVi: 'Hồ Chí Minh', regionEn: expect.any(String) });
    expect(units34.every((u) => u.regionVi !== '')).toBe(true);
    expect(await readUnitSet(DATA, 'vn34-2025')).toEqual(units34);
  });
});
