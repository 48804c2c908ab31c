import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access.decorators';
import { AttainmentArgs, NationalAttainmentArgs, PeriodProgressArgs } from './dto/attainment.args';
import {
  NationalAttainmentObject,
  PeriodProgressObject,
  ProvinceAttainmentObject,
} from './dto/province-attainment.object';
import { toProvinceAttainmentObject } from './attainment.mapper';
import { AttainmentService } from './attainment.service';

@Resolver()
export class AttainmentResolver {
  constructor(@Inject(AttainmentService) private readonly attainmentService: AttainmentService) {}

  @Query(() => [ProvinceAttainmentObject], {
    description: 'Every province on one metric at one date, in province-code order, with its rank.',
  })
  @Allow('attainment.read')
  async attainment(@Args() args: AttainmentArgs): Promise<ProvinceAttainmentObject[]> {
    const { rows } = await this.attainmentService.snapshot(
      args.planId,
      args.metric,
      args.asOf,
      args.basis,
      args.version,
    );
    return rows.map(toProvinceAttainmentObject);
  }

  @Query(() => [ProvinceAttainmentObject], {
    description: 'The 63 provinces in rank order (competition ranking, ties share a rank); unranked provinces last.',
  })
  @Allow('attainment.read')
  async ranking(@Args() args: AttainmentArgs): Promise<ProvinceAttainmentObject[]> {
    return (await this.attainmentService.ranking(args.planId, args.metric, args.asOf, args.basis, args.version)).map(
      toProvinceAttainmentObject,
    );
  }

  @Query(() => [ProvinceAttainmentObject], {
    description: 'One province on every metric at one date (province code, e.g. "01").',
  })
  @Allow('attainment.read')
  async provinceScorecard(
    @Args('planId') planId: string,
    @Args('province') province: string,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string | null,
  ): Promise<ProvinceAttainmentObject[]> {
    return (await this.attainmentService.provinceScorecard(planId, province, asOf)).map(toProvinceAttainmentObject);
  }

  @Query(() => NationalAttainmentObject, {
    description: 'The national figure computed from the provinces, beside the published national row.',
  })
  @Allow('attainment.read')
  async nationalAttainment(@Args() args: NationalAttainmentArgs): Promise<NationalAttainmentObject> {
    return Object.assign(
      new NationalAttainmentObject(),
      await this.attainmentService.national(args.planId, args.metric, args.asOf, args.version),
    );
  }

  @Query(() => PeriodProgressObject, { description: 'Days elapsed and time elapsed of the plan period at a date.' })
  @Allow('attainment.read')
  async periodProgress(@Args() args: PeriodProgressArgs): Promise<PeriodProgressObject> {
    return Object.assign(
      new PeriodProgressObject(),
      await this.attainmentService.periodProgress(args.planId, args.asOf),
    );
  }
}
