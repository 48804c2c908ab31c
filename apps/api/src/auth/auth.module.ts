import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { createAccessServices } from '@scorecard/access';
import { WarehouseDatabase } from '@scorecard/warehouse';
import { APP_CONFIG } from '../config/config.module';
import { ReferenceModule } from '../reference/reference.module';
import type { AppConfig } from '../config/app-config';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { ACCESS_SERVICES } from './auth.tokens';
import { HttpErrorFilter } from './http-error.filter';
import { OidcSignIn } from './oidc-sign-in';
import { ViewerResolver } from './viewer.resolver';

@Global()
@Module({
  imports: [ReferenceModule],
  controllers: [AuthController],
  providers: [
    {
      provide: ACCESS_SERVICES,
      inject: [WarehouseDatabase, APP_CONFIG],
      useFactory: (db: WarehouseDatabase, config: AppConfig) =>
        createAccessServices(db, { demoEnabled: config.demoAccounts }),
    },
    OidcSignIn,
    ViewerResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
  exports: [ACCESS_SERVICES],
})
export class AuthModule {}
