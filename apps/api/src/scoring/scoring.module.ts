import { Module } from '@nestjs/common';
import { AttainmentModule } from '../attainment/attainment.module';
import { LatePaymentModule } from '../late-payment/late-payment.module';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { CompositeService } from './composite.service';
import { PlanSettingsModule } from './plan-settings.module';
import { ScoringResolver } from './scoring.resolver';

@Module({
  imports: [AttainmentModule, LatePaymentModule, PlanSettingsModule, PlansModule, ReferenceModule],
  providers: [CompositeService, ScoringResolver],
})
export class ScoringModule {}
