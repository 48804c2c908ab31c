import { Field, ObjectType } from '@nestjs/graphql';
import { findMetric } from '@scorecard/domain';
import type { MetricRecord } from '@scorecard/warehouse';

@ObjectType('Metric', { description: 'A plan metric of the catalogue (data/reference/metrics.json).' })
export class MetricObject {
  @Field({ description: 'Stable key analysts script against, e.g. dev_compulsory_si.' })
  key!: string;

  @Field({ description: 'The name in Vietnamese, as the plan tables write it.' })
  labelVi!: string;

  @Field({ description: 'A short Vietnamese label for tables and charts.' })
  shortLabelVi!: string;

  @Field({ description: 'labelVi in English.' })
  labelEn!: string;

  @Field({ description: 'The short label in English, from the catalogue (data/reference/metrics.json).' })
  shortLabelEn!: string;

  @Field({
    description:
      'The unit of targets and actuals: persons, million VND, employers, records or conferences (revenue is in million VND).',
  })
  unit!: string;

  @Field({ description: 'The unit in Vietnamese: người, triệu đồng, đơn vị, hồ sơ or hội nghị.' })
  unitVi!: string;

  @Field({ description: 'Whether a higher value ranks first (true for every metric of the plan).' })
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
