import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { PlanSettingsModule } from '../scoring/plan-settings.module';
import { LatePaymentResolver } from './late-payment.resolver';
import { LatePaymentService } from './late-payment.service';

@Module({
  imports: [ReferenceModule, PlanSettingsModule],
  providers: [LatePaymentService, LatePaymentResolver],
  exports: [LatePaymentService],
})
export class LatePaymentModule {}
