import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { WarehouseDatabase } from '@scorecard/warehouse';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthModule } from './auth/auth.module';
import type { GraphQLContext } from './auth/request-principal';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AttainmentModule } from './attainment/attainment.module';
import { graphiqlLandingPagePlugin } from './graphql/graphiql-landing-page.plugin';
import { queryLimits } from './graphql/query-limits';
import type { AnswerCache } from './graphql/answer-cache';
import { formatGraphQLError } from './graphql/scorecard.errors';
import { describeRootTypes } from './graphql/descriptions';
import { PlansModule } from './plans/plans.module';
import { ReferenceModule } from './reference/reference.module';
import { ReportingModule } from './reporting/reporting.module';
import { LatePaymentModule } from './late-payment/late-payment.module';
import { ExportModule } from './export/export.module';
import { ComplianceModule } from './compliance/compliance.module';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { ScoringModule } from './scoring/scoring.module';
import { AlertsModule } from './alerts/alerts.module';
import { CoverageModule } from './coverage/coverage.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, db: WarehouseDatabase, answers: AnswerCache): DynamicModule {
    const limits = queryLimits();
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
          transformSchema: describeRootTypes,
          transformAutoSchemaFile: true,
          playground: false,
          graphiql: false,
          // The offline editor and introspection: on for a server bound to this machine, else as configured.
          introspection: config.graphqlEditor,
          // Errors never carry stack traces or paths, whatever NODE_ENV says; the server log has them.
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          validationRules: limits.validationRules,
          plugins: [
            config.graphqlEditor ? graphiqlLandingPagePlugin() : ApolloServerPluginLandingPageDisabled(),
            ...limits.plugins,
            answers.plugin(),
            // No @cacheControl hints are used; its per-field hook would wrap every resolver (a fifth of a ranking).
            ApolloServerPluginCacheControlDisabled(),
          ],
          formatError: formatGraphQLError,
          context: (request: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
            request,
            reply,
            principal: request.principal,
          }),
        }),
        AuthModule,
        AccountsModule,
        AuditModule,
        ReferenceModule,
        PlansModule,
        AttainmentModule,
        ReportingModule,
        LatePaymentModule,
        ExportModule,
        ComplianceModule,
        ScoringModule,
        CoverageModule,
        AlertsModule,
      ],
    };
  }
}
