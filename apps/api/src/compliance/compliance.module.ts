import { Module } from '@nestjs/common';
import { LatePaymentModule } from '../late-payment/late-payment.module';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { ComplianceImportResolver } from './import/compliance-import.resolver';
import { ComplianceImportService } from './import/compliance-import.service';
import { ComplianceReportResolver } from './report/compliance-report.resolver';
import { ComplianceReportService } from './report/compliance-report.service';
import { Report08ktController } from './report/report-08kt.controller';
import { ComplianceResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';

@Module({
  imports: [ReferenceModule, LatePaymentModule, PlansModule],
  providers: [
    ComplianceService,
    ComplianceResolver,
    ComplianceReportService,
    ComplianceReportResolver,
    ComplianceImportService,
    ComplianceImportResolver,
  ],
  controllers: [Report08ktController],
  exports: [ComplianceService],
})
export class ComplianceModule {}
