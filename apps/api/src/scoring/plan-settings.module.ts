import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { PlanSettingsService } from './plan-settings.service';

@Module({ imports: [PlansModule, ReferenceModule], providers: [PlanSettingsService], exports: [PlanSettingsService] })
export class PlanSettingsModule {}
