import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { ComplianceResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';

@Module({ imports: [ReferenceModule], providers: [ComplianceService, ComplianceResolver] })
export class ComplianceModule {}
