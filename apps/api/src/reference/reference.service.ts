import { Inject, Injectable } from '@nestjs/common';
import type { Province } from '@scorecard/domain';
import { ReferenceRepository, type MetricRecord } from '@scorecard/warehouse';
import { ScorecardError } from '../graphql/scorecard.errors';

// Reference lists change only with a new release of data/, so they are read once and kept.
@Injectable()
export class ReferenceService {
  private provincesCache: Promise<Province[]> | undefined;
  private metricsCache: Promise<MetricRecord[]> | undefined;

  constructor(@Inject(ReferenceRepository) private readonly repository: ReferenceRepository) {}

  provinces(): Promise<Province[]> {
    this.provincesCache ??= this.repository.provinces();
    return this.provincesCache;
  }

  metrics(): Promise<MetricRecord[]> {
    this.metricsCache ??= this.repository.metrics();
    return this.metricsCache;
  }

  async metric(key: string): Promise<MetricRecord> {
    const metrics = await this.metrics();
    const metric = metrics.find((candidate) => candidate.key === key);
    if (!metric) {
      throw new ScorecardError(
        'UNKNOWN_METRIC',
        `Unknown metric "${key}". Use one of: ${metrics.map((m) => m.key).join(', ')}.`,
      );
    }
    return metric;
  }
}
