import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access.decorators';
import { MetricObject } from './dto/metric.object';
import { ProvinceObject } from './dto/province.object';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(@Inject(ReferenceService) private readonly reference: ReferenceService) {}

  @Query(() => [ProvinceObject], { description: 'The 63 provinces, in code order.' })
  @Allow('reference.read')
  async provinces(): Promise<ProvinceObject[]> {
    return (await this.reference.provinces()).map(ProvinceObject.from);
  }

  @Query(() => [MetricObject], { description: 'The metric catalogue.' })
  @Allow('reference.read')
  async metrics(): Promise<MetricObject[]> {
    return (await this.reference.metrics()).map(MetricObject.from);
  }
}
