import { ReferenceRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import { AccessError } from './access.errors';

/** Refuses a province code that is not one of the reference list's. */
export async function checkProvince(db: WarehouseDatabase, code: string): Promise<void> {
  const provinces = await new ReferenceRepository(db).provinces();
  if (!provinces.some((province) => province.code === code))
    throw new AccessError(
      'INVALID_ACCOUNT_INPUT',
      `"${code}" không phải mã tỉnh: ghi mã hai chữ số trong danh mục, ví dụ "01" Hà Nội, "12" Lai Châu (province "${code}" is not a province code)`,
      `"${code}" không phải mã tỉnh: ghi mã hai chữ số trong danh mục, ví dụ "01" Hà Nội, "12" Lai Châu.`,
    );
}
