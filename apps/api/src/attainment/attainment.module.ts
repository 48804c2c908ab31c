import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { PlanSettingsModule } from '../scoring/plan-settings.module';
import { AttainmentResolver } from './attainment.resolver';
import { AttainmentService } from './attainment.service';

@Module({
  imports: [PlansModule, ReferenceModule, PlanSettingsModule],
  providers: [AttainmentService, AttainmentResolver],
  exports: [AttainmentService],
})
export class AttainmentModule {}
