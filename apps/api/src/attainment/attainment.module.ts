import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ReferenceModule } from '../reference/reference.module';
import { AttainmentResolver } from './attainment.resolver';
import { AttainmentService } from './attainment.service';

@Module({ imports: [PlansModule, ReferenceModule], providers: [AttainmentService, AttainmentResolver] })
export class AttainmentModule {}
