import { readFile } from 'node:fs/promises';
import { isProvinceCode, type Province } from '@scorecard/domain';

const HEADER = 'code,name_vi,name_en_ascii,type,region_vi,region_en';

/** Reads data/reference/provinces63.csv (no quoted fields in this file; anything else is refused). */
export async function readProvinceReference(file: string): Promise<Province[]> {
  const lines = (await readFile(file, 'utf8'))
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  if (lines[0] !== HEADER) throw new Error(`${file}: line 1 must be the header "${HEADER}", found "${lines[0]}"`);
  const provinces = lines.slice(1).map((line, index) => {
    const cells = line.split(',');
    const [code, nameVi, nameEn, type, regionVi, regionEn] = cells;
    if (cells.length !== 6 || !code || !isProvinceCode(code) || !nameVi || !nameEn || !type || !regionVi || !regionEn) {
      throw new Error(`${file}: line ${index + 2} must hold 6 fields with a two-digit code, found "${line}"`);
    }
    return { code, nameVi: nameVi.normalize('NFC'), nameEn, type, regionVi, regionEn };
  });
  if (new Set(provinces.map((p) => p.code)).size !== provinces.length)
    throw new Error(`${file}: a province code appears twice`);
  return provinces;
}
