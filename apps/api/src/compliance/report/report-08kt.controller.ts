import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { assertIsoDate, type Principal } from '@scorecard/domain';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentPrincipal } from '../../auth/access.decorators';
import { provinceScope } from '../../auth/province-scope';
import { ScorecardError } from '../../graphql/scorecard.errors';
import { ReferenceService } from '../../reference/reference.service';
import { CONTENT_TYPES } from '../../export/export-table';
import { ComplianceReportService } from './compliance-report.service';
import { report08ktWorkbook } from './report-08kt.workbook';

// GET /export/compliance-08kt.xlsx?reportDate=…&province=…: report 08-KT as a workbook, with the sign-in or API
// token and access rules of complianceReport08 (a provincial user gets their own province's).
@Controller('export')
export class Report08ktController {
  constructor(
    @Inject(ComplianceReportService) private readonly reports: ComplianceReportService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Get('compliance-08kt.xlsx')
  @Allow('employers.read')
  async workbook(
    @CurrentPrincipal() principal: Principal,
    @Query('reportDate') reportDate: string | undefined,
    @Query('province') named: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!reportDate)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        'Give the report date: ?reportDate=2021-10-20 (the 10th, the 20th or the last day of a month).',
        'Ghi kỳ báo cáo: ?reportDate=2021-10-20 (ngày 10, ngày 20 hoặc ngày cuối tháng).',
      );
    const date = assertIsoDate(reportDate, 'reportDate');
    const code = await provinceScope(this.reference, principal, 'employers.read', named);
    const report = await this.reports.report08kt(date, code === null ? null : await this.reference.province(code));
    const name = `08-KT-${date}${code ? `-${code}` : ''}`;
    await reply
      .type(CONTENT_TYPES.xlsx)
      .header('content-disposition', `attachment; filename="${name}.xlsx"`)
      .header('cache-control', 'private, no-store')
      .send(await report08ktWorkbook(report));
  }
}
