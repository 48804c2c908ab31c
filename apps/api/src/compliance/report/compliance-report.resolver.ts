import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { IsoDate, Principal } from '@scorecard/domain';
import { Allow, CurrentPrincipal } from '../../auth/access.decorators';
import { assertProvinceAccess } from '../../auth/access.guard';
import { provinceScope } from '../../auth/province-scope';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { PROVINCE_CODE_OR_NAME } from '../../graphql/descriptions';
import { ProvinceObject } from '../../reference/dto/province.object';
import { ReferenceService } from '../../reference/reference.service';
import { ComplianceReportOfferObject, Report08ktObject } from './compliance-report.object';
import { ComplianceReportService } from './compliance-report.service';

@Resolver()
export class ComplianceReportResolver {
  constructor(
    @Inject(ComplianceReportService) private readonly reports: ComplianceReportService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Query(() => Report08ktObject, {
    description:
      'Report 08-KT for a report date (the 10th, the 20th or the last day of a month): a province’s, or consolidated for headquarters with every province and the nation. A provincial user gets their own province’s.',
  })
  @Allow('employers.read')
  async complianceReport08(
    @CurrentPrincipal() principal: Principal,
    @Args('reportDate', { type: () => LocalDateScalar, description: 'The report date.' }) reportDate: IsoDate,
    @Args('province', {
      type: () => String,
      nullable: true,
      description: `${PROVINCE_CODE_OR_NAME} Default: consolidated for the nation (a provincial user: their own province).`,
    })
    provinceArg?: string | null,
  ): Promise<Report08ktObject> {
    const code = await provinceScope(this.reference, principal, 'employers.read', provinceArg);
    const answer = await this.reports.report08kt(
      reportDate,
      code === null ? null : await this.reference.province(code),
    );
    return {
      ...answer,
      rows: answer.rows.map((row) => ({ ...row, province: row.province ? ProvinceObject.from(row.province) : null })),
    };
  }

  @Query(() => ComplianceReportOfferObject, {
    description:
      'The compliance workflow’s counts offered as a province’s report of a plan’s actuals for tax_data_reviews, overdue_unit_inspections and outreach_conferences at a report date; the province confirms them with submitReport.',
  })
  @Allow('employers.read')
  async complianceReportOffer(
    @CurrentPrincipal() principal: Principal,
    @Args('planId', { description: 'The plan.' }) planId: string,
    @Args('province', { description: PROVINCE_CODE_OR_NAME }) provinceArg: string,
    @Args('reportDate', { type: () => LocalDateScalar, description: 'A report date of the plan.' })
    reportDate: IsoDate,
  ): Promise<ComplianceReportOfferObject> {
    const province = await this.reference.province(provinceArg);
    assertProvinceAccess(principal, 'employers.read', province.code);
    const answer = await this.reports.offer(planId, province, reportDate);
    return { ...answer, province: ProvinceObject.from(answer.province) };
  }
}
