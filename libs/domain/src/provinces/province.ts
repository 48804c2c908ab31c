// A provincial-level unit (tỉnh / thành phố trực thuộc Trung ương), identified by its two-digit official code
// within a unit set: "vn63-2004" for the 63 units of 2004–June 2025, "vn34-2025" for the 34 units from 1 July 2025
// (codes per Decision 19/2025/QĐ-TTg). Codes are reused across sets, so they never mix.
export type ProvinceCode = string;
export type UnitSet = 'vn63-2004' | 'vn34-2025';
export const UNIT_SETS: readonly UnitSet[] = ['vn63-2004', 'vn34-2025'];

export type Province = {
  code: ProvinceCode;
  nameVi: string;
  nameEn: string;
  type: string;
  regionVi: string;
  regionEn: string;
  /** The set the unit belongs to, where the reader knows it (the reference repository sets it). */
  unitSet?: UnitSet;
  /** A unit of a later set: the units of the earlier set merged into it, in code order (see unit-crosswalk.ts). */
  predecessors?: readonly Province[];
};

const CODE = /^\d{2}$/;

export function isProvinceCode(value: string): boolean {
  return CODE.test(value);
}
