import { Field, ObjectType } from '@nestjs/graphql';
import type { Province, UnitSet } from '@scorecard/domain';
import { UnitSetEnum } from './unit-set.enum';

@ObjectType('Province', {
  description:
    'A provincial-level unit (tỉnh / thành phố trực thuộc Trung ương): one of the 63 of 2004–June 2025, or of the 34 from 1 July 2025 (`unitSet`). Codes are reused across sets: a code means a unit only with its set.',
})
export class ProvinceObject {
  @Field({ description: 'Official two-digit administrative code, with its leading zero (Hà Nội 01 … Cà Mau 96).' })
  code!: string;

  @Field({ description: 'Official name in Vietnamese, e.g. "Hà Nội", "Thừa Thiên Huế".' })
  nameVi!: string;

  @Field({ description: 'Name without diacritics.' })
  nameEn!: string;

  @Field({ description: '"Tỉnh" or "Thành phố trực thuộc Trung ương".' })
  type!: string;

  @Field({ description: 'Socio-economic region (General Statistics Office), in Vietnamese.' })
  region!: string;

  @Field({ description: 'The region in English, e.g. "Red River Delta".' })
  regionEn!: string;

  @Field(() => UnitSetEnum, { description: 'The unit set the unit belongs to: VN63 or VN34.' })
  unitSet!: UnitSet;

  @Field(() => [ProvinceObject], {
    description:
      'A unit of the 34: the units of the 63 merged into it (merge_2025.csv), in code order; one for a unit that was not merged. Empty for a unit of the 63.',
  })
  predecessors!: ProvinceObject[];

  static from(province: Province): ProvinceObject {
    return Object.assign(new ProvinceObject(), {
      code: province.code,
      nameVi: province.nameVi,
      nameEn: province.nameEn,
      type: province.type,
      region: province.regionVi,
      regionEn: province.regionEn,
      unitSet: province.unitSet ?? 'vn63-2004',
      predecessors: (province.predecessors ?? []).map((predecessor) => ProvinceObject.from(predecessor)),
    });
  }
}
