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

  async province(code: string): Promise<Province> {
    const provinces = await this.provinces();
    const province = provinces.find((candidate) => candidate.code === code);
    if (!province) {
      throw new ScorecardError(
        'UNKNOWN_PROVINCE',
        `No province with code "${code}". Use a two-digit official code such as 01 (Hà Nội) or 79 (TP Hồ Chí Minh).`,
        `Không có tỉnh mã "${code}". Dùng mã chính thức hai chữ số, ví dụ 01 (Hà Nội) hoặc 79 (TP Hồ Chí Minh).`,
      );
    }
    return province;
  }

  async metric(key: string): Promise<MetricRecord> {
    const metrics = await this.metrics();
    const metric = metrics.find((candidate) => candidate.key === key);
    if (!metric) {
      throw new ScorecardError(
        'UNKNOWN_METRIC',
        `Unknown metric "${key}". Use one of: ${metrics.map((m) => m.key).join(', ')}.`,
        `Không có chỉ tiêu "${key}". Dùng một trong các chỉ tiêu: ${metrics.map((m) => m.key).join(', ')}.`,
      );
    }
    return metric;
  }
}
