import { Field, ObjectType } from '@nestjs/graphql';
import { findMetric } from '@scorecard/domain';
import type { MetricRecord } from '@scorecard/warehouse';

@ObjectType('Metric', { description: 'A plan metric of the catalogue (data/reference/metrics.json).' })
export class MetricObject {
  @Field({ description: 'Stable key analysts script against, e.g. dev_compulsory_si.' })
  key!: string;

  @Field()
  labelVi!: string;

  @Field()
  shortLabelVi!: string;

  @Field()
  labelEn!: string;

  @Field({ description: 'The short label in English, from the catalogue (data/reference/metrics.json).' })
  shortLabelEn!: string;

  @Field({ description: 'persons, million VND, employers, records or conferences.' })
  unit!: string;

  @Field()
  unitVi!: string;

  @Field({ description: 'Whether a higher value ranks first.' })
  higherIsBetter!: boolean;

  @Field({ description: 'Appendix of plan 2800/KH-BHXH that publishes its quotas.' })
  appendix!: string;

  static from(metric: MetricRecord): MetricObject {
    return Object.assign(new MetricObject(), {
      key: metric.key,
      labelVi: metric.labelVi,
      shortLabelVi: metric.shortLabelVi,
      labelEn: metric.labelEn,
      shortLabelEn: findMetric(metric.key)?.shortLabelEn ?? metric.labelEn,
      unit: metric.unit,
      unitVi: metric.unitVi,
      higherIsBetter: metric.higherIsBetter,
      appendix: metric.appendix,
    });
  }
}
