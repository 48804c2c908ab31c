import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { WarehouseDatabase } from '@scorecard/warehouse';
import type { FastifyRequest } from 'fastify';
import { identifyCaller, type GraphQLContext } from './auth/caller';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AttainmentModule } from './attainment/attainment.module';
import { graphiqlLandingPagePlugin } from './graphql/graphiql-landing-page.plugin';
import { formatGraphQLError } from './graphql/scorecard.errors';
import { PlansModule } from './plans/plans.module';
import { ReferenceModule } from './reference/reference.module';
import { ReportingModule } from './reporting/reporting.module';
import { LatePaymentModule } from './late-payment/late-payment.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, db: WarehouseDatabase): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(db),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: config.emitSchema ?? true,
          sortSchema: true,
          playground: false,
          graphiql: false,
          introspection: true,
          plugins: [graphiqlLandingPagePlugin()],
          formatError: formatGraphQLError,
          context: ({ request }: { request: FastifyRequest }): GraphQLContext => ({
            request,
            caller: identifyCaller(request),
          }),
        }),
        ReferenceModule,
        PlansModule,
        AttainmentModule,
        ReportingModule,
        LatePaymentModule,
      ],
    };
  }
}
