import { ArgsType, Field, Float } from '@nestjs/graphql';
import type { AttainmentStatus, StatusBand } from '@scorecard/domain';
import { AttainmentArgs } from './attainment.args';
import { AttainmentStatusEnum, StatusBandEnum } from './province-attainment.object';

/** The ranking with filters applied after ranking: every province keeps its rank among all 63. */
@ArgsType()
export class RankingArgs extends AttainmentArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the provinces of this region, named in Vietnamese or English ("Red River Delta").',
  })
  region?: string | null;

  @Field(() => AttainmentStatusEnum, {
    nullable: true,
    description: 'Only provinces in this status (e.g. NOT_REPORTED).',
  })
  status?: AttainmentStatus | null;

  @Field(() => StatusBandEnum, { nullable: true, description: 'Only provinces in this band (e.g. BEHIND: Chậm).' })
  band?: StatusBand | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Only provinces whose figure (attainment on the basis, 1 = 100 %) is below this, e.g. 0.9.',
  })
  attainmentBelow?: number | null;
}
