import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { ReportReviewResolver } from './report-review.resolver';
import { ReportReviewService } from './report-review.service';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';

@Module({
  imports: [PlansModule, ReferenceModule],
  providers: [ReportingService, ReportingResolver, ReportReviewService, ReportReviewResolver],
  exports: [ReportingService],
})
export class ReportingModule {}
