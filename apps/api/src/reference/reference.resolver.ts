import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { MetricObject } from './dto/metric.object';
import { ProvinceObject } from './dto/province.object';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(@Inject(ReferenceService) private readonly reference: ReferenceService) {}

  @Query(() => [ProvinceObject], { description: 'The 63 provinces, in code order.' })
  async provinces(): Promise<ProvinceObject[]> {
    return (await this.reference.provinces()).map(ProvinceObject.from);
  }

  @Query(() => [MetricObject], { description: 'The metric catalogue.' })
  async metrics(): Promise<MetricObject[]> {
    return (await this.reference.metrics()).map(MetricObject.from);
  }
}
