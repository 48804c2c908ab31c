import { Module } from '@nestjs/common';
import { CoverageRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { ReferenceModule } from '../reference/reference.module';
import { CoverageResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

@Module({
  imports: [ReferenceModule],
  providers: [
    {
      provide: CoverageRepository,
      useFactory: (db: WarehouseDatabase) => new CoverageRepository(db),
      inject: [WarehouseDatabase],
    },
    CoverageService,
    CoverageResolver,
  ],
})
export class CoverageModule {}
