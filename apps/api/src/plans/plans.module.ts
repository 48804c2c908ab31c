import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';

@Module({ imports: [ReferenceModule], providers: [PlansService, PlansResolver], exports: [PlansService] })
export class PlansModule {}
