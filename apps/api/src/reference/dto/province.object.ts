import { Field, ObjectType } from '@nestjs/graphql';
import type { Province } from '@scorecard/domain';

@ObjectType('Province', {
  description: 'A provincial-level unit (tỉnh / thành phố trực thuộc Trung ương) of the 63 of 2004–June 2025.',
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

  static from(province: Province): ProvinceObject {
    return Object.assign(new ProvinceObject(), {
      code: province.code,
      nameVi: province.nameVi,
      nameEn: province.nameEn,
      type: province.type,
      region: province.regionVi,
      regionEn: province.regionEn,
    });
  }
}
