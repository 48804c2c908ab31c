import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';

@Module({ imports: [PlansModule, ReferenceModule], providers: [ReportingService, ReportingResolver] })
export class ReportingModule {}
