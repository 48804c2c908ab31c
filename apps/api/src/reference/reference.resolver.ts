import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { UnitSet } from '@scorecard/domain';
import { UnitSetEnum } from './dto/unit-set.enum';
import { Allow } from '../auth/access.decorators';
import { MetricObject } from './dto/metric.object';
import { ProvinceObject } from './dto/province.object';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(@Inject(ReferenceService) private readonly reference: ReferenceService) {}

  @Query(() => [ProvinceObject], { description: 'The provinces of a unit set (default: the 63), in code order.' })
  @Allow('reference.read')
  async provinces(
    @Args('unitSet', {
      type: () => UnitSetEnum,
      defaultValue: UnitSetEnum.VN63,
      description: 'VN63 (default): the 63 of 2004–June 2025; VN34: the 34 from 1 July 2025.',
    })
    unitSet: UnitSet = 'vn63-2004',
  ): Promise<ProvinceObject[]> {
    return (await this.reference.provinces(unitSet)).map(ProvinceObject.from);
  }

  @Query(() => [MetricObject], { description: 'The metric catalogue.' })
  @Allow('reference.read')
  async metrics(): Promise<MetricObject[]> {
    return (await this.reference.metrics()).map(MetricObject.from);
  }
}
