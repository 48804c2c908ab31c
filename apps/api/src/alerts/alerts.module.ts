import { Module } from '@nestjs/common';
import { AttainmentModule } from '../attainment/attainment.module';
import { LatePaymentModule } from '../late-payment/late-payment.module';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { ReportingModule } from '../reporting/reporting.module';
import { AlertEvaluationService } from './alert-evaluation.service';
import { NotificationsResolver } from './notifications.resolver';

/** Alerts (docs/alerts.md): the rules evaluated over the scorecard's figures and the caller's notifications. */
@Module({
  imports: [PlansModule, ReferenceModule, AttainmentModule, LatePaymentModule, ReportingModule],
  providers: [AlertEvaluationService, NotificationsResolver],
  exports: [AlertEvaluationService],
})
export class AlertsModule {}
