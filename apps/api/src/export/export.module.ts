import { Module } from '@nestjs/common';
import { AttainmentModule } from '../attainment/attainment.module';
import { LatePaymentModule } from '../late-payment/late-payment.module';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { ExportController } from './export.controller';

@Module({
  imports: [AttainmentModule, LatePaymentModule, PlansModule, ReferenceModule],
  controllers: [ExportController],
})
export class ExportModule {}
