import { Inject, Injectable } from '@nestjs/common';
import { METRICS, alertText, type Alert, type AlertLanguage, type AlertText, type UnitSet } from '@scorecard/domain';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';

/** An alert's subject, body and link with the names of its province and metric: the same in the app and by e-mail. */
@Injectable()
export class AlertTextService {
  constructor(
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlansService) private readonly plans: PlansService,
  ) {}

  async textOf(alert: Alert, language: AlertLanguage): Promise<AlertText> {
    const metric = alert.metric ? METRICS.find((candidate) => candidate.key === alert.metric) : undefined;
    return alertText(
      alert,
      {
        province: await this.provinceName(alert.planId, alert.provinceCode),
        metric: metric ? (language === 'vi' ? metric.shortLabelVi : metric.shortLabelEn) : alert.metric,
        metricUnit: metric ? (language === 'vi' ? metric.unitVi : metric.unit) : null,
      },
      language,
    );
  }

  /** A province's name in the plan's unit set (the 63 for the ledger and compliance); null for a national alert. */
  async provinceName(planId: string | null, provinceCode: string | null): Promise<string | null> {
    if (provinceCode === null) return null;
    const unitSet = planId ? ((await this.plans.get(planId)).unitSet as UnitSet) : 'vn63-2004';
    const province = (await this.reference.provinces(unitSet)).find((candidate) => candidate.code === provinceCode);
    return province?.nameVi ?? provinceCode;
  }
}
