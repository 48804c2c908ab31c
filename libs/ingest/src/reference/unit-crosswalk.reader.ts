import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  formerUnitsOf,
  isProvinceCode,
  type FormerUnit,
  type Province,
  type UnitCrosswalk,
  type UnitSet,
} from '@scorecard/domain';
import { readProvinceReference } from './province-reference.reader';

const HEADER = 'old_code,old_name_vi,old_type,new_code,new_name_vi,new_type,merged,new_unit_members,old_code_retained';

/** ASCII name as provinces63.csv writes it: diacritics dropped, đ → d. */
function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Reads data/reference/merge_2025.csv (Resolution 202/2025/QH15, codes per Decision 19/2025/QĐ-TTg): the 34 units
 * in force from 1 July 2025 and which of them each of the 63 became. Each new unit takes the region of the earlier
 * unit whose code it kept (every new code is the code of one of its members). Anything malformed is refused.
 */
export async function readUnitCrosswalk(
  file: string,
  units63: readonly Province[],
): Promise<{ units34: Province[]; crosswalk: UnitCrosswalk }> {
  const lines = (await readFile(file, 'utf8'))
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  if (lines[0] !== HEADER) throw new Error(`${file}: line 1 must be the header "${HEADER}", found "${lines[0]}"`);
  const old = new Map(units63.map((unit) => [unit.code, unit]));
  const successor = new Map<string, string>();
  const units = new Map<string, Province>();
  lines.slice(1).forEach((line, index) => {
    const [oldCode = '', , , newCode = '', newName = '', newType = ''] = line.split(',');
    if (line.split(',').length !== 9 || !isProvinceCode(oldCode) || !isProvinceCode(newCode) || !newName || !newType)
      throw new Error(`${file}: line ${index + 2} must hold 9 fields with two-digit codes, found "${line}"`);
    if (!old.has(oldCode)) throw new Error(`${file}: line ${index + 2}: ${oldCode} is not one of the 63 units`);
    if (successor.has(oldCode)) throw new Error(`${file}: line ${index + 2}: ${oldCode} appears twice`);
    successor.set(oldCode, newCode);
    const nameVi = newName.normalize('NFC');
    const known = units.get(newCode);
    if (known && (known.nameVi !== nameVi || known.type !== newType))
      throw new Error(`${file}: line ${index + 2}: unit ${newCode} is named "${known.nameVi}" on an earlier line`);
    units.set(newCode, { code: newCode, nameVi, nameEn: asciiName(nameVi), type: newType, regionVi: '', regionEn: '' });
  });
  if (successor.size !== old.size) throw new Error(`${file}: every one of the ${old.size} units needs a line`);
  const units34 = [...units.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((unit) => {
      const kept = old.get(unit.code);
      if (!kept) throw new Error(`${file}: new unit ${unit.code} keeps no member's code, so it has no region`);
      return { ...unit, regionVi: kept.regionVi, regionEn: kept.regionEn };
    });
  return { units34, crosswalk: { from: 'vn63-2004', to: 'vn34-2025', successor } };
}

/** The units of a unit set as shipped in data/reference (the 34 are read from the crosswalk). */
export async function readUnitSet(dataDir: string, unitSet: UnitSet): Promise<Province[]> {
  const units63 = await readProvinceReference(join(dataDir, 'reference', 'provinces63.csv'));
  if (unitSet === 'vn63-2004') return units63;
  return (await readUnitCrosswalk(join(dataDir, 'reference', 'merge_2025.csv'), units63)).units34;
}

/** The units a table on `unitSet` must not name, each with its successor: the 63 for a 34-unit table, else none. */
export async function readFormerUnits(dataDir: string, unitSet: UnitSet): Promise<FormerUnit[]> {
  if (unitSet === 'vn63-2004') return [];
  const units63 = await readProvinceReference(join(dataDir, 'reference', 'provinces63.csv'));
  const { units34, crosswalk } = await readUnitCrosswalk(join(dataDir, 'reference', 'merge_2025.csv'), units63);
  return formerUnitsOf(units63, units34, crosswalk);
}
