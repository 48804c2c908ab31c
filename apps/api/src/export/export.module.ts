import { Module } from '@nestjs/common';
import { AttainmentModule } from '../attainment/attainment.module';
import { ReferenceModule } from '../reference/reference.module';
import { ExportController } from './export.controller';

@Module({ imports: [AttainmentModule, ReferenceModule], controllers: [ExportController] })
export class ExportModule {}
