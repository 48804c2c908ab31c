import { Module } from '@nestjs/common';
import { AttainmentModule } from '../attainment/attainment.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { LatePaymentModule } from '../late-payment/late-payment.module';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { ReportingModule } from '../reporting/reporting.module';
import { AlertEvaluationService } from './alert-evaluation.service';
import { AlertTextService } from './alert-text.service';
import { AlertDeliveryService } from './delivery/alert-delivery.service';
import { NotificationsResolver } from './notifications.resolver';
import { AlertSettingsResolver } from './settings/alert-settings.resolver';
import { AlertSettingsService } from './settings/alert-settings.service';

/**
 * Alerts (docs/alerts.md): the rules evaluated over the scorecard's figures with headquarters' thresholds, the
 * caller's notifications and choices, and the delivery by e-mail and webhook.
 */
@Module({
  imports: [PlansModule, ReferenceModule, AttainmentModule, LatePaymentModule, ReportingModule, ComplianceModule],
  providers: [
    AlertTextService,
    AlertSettingsService,
    AlertDeliveryService,
    AlertEvaluationService,
    NotificationsResolver,
    AlertSettingsResolver,
  ],
  exports: [AlertEvaluationService],
})
export class AlertsModule {}
