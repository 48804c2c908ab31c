// A provincial-level unit (tỉnh / thành phố trực thuộc Trung ương), identified by its two-digit official code
// within a unit set: "vn63-2004" for the 63 units of 2004–June 2025. The 2025 merger into 34 units is a
// different set, so codes never mix across sets.
export type ProvinceCode = string;
export type UnitSet = 'vn63-2004';

export type Province = {
  code: ProvinceCode;
  nameVi: string;
  nameEn: string;
  type: string;
  regionVi: string;
  regionEn: string;
};

const CODE = /^\d{2}$/;

export function isProvinceCode(value: string): boolean {
  return CODE.test(value);
}
