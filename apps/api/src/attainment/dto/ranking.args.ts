import { ArgsType, Field, Float } from '@nestjs/graphql';
import type { AttainmentStatus, StatusBand } from '@scorecard/domain';
import { AttainmentArgs } from './attainment.args';
import { AttainmentStatusEnum, StatusBandEnum } from './province-attainment.object';

/** The ranking with filters applied after ranking: every province keeps its rank among all the units of the view. */
@ArgsType()
export class RankingArgs extends AttainmentArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only the provinces of this socio-economic region (vùng), named exactly in Vietnamese or English ("Đồng bằng sông Hồng", "Red River Delta"); default: all.',
  })
  region?: string | null;

  @Field(() => AttainmentStatusEnum, {
    nullable: true,
    description: 'Only provinces in this status (e.g. NOT_REPORTED); default: all.',
  })
  status?: AttainmentStatus | null;

  @Field(() => StatusBandEnum, {
    nullable: true,
    description: 'Only provinces in this band on the basis (e.g. BEHIND: Chậm); default: all.',
  })
  band?: StatusBand | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Only provinces whose figure (attainment on the basis, a ratio: 1 = 100 %) is below this, e.g. 0.9; provinces without a figure are left out. Default: no limit.',
  })
  attainmentBelow?: number | null;
}
