import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import { AccessError } from '@scorecard/access';
import type { FastifyReply } from 'fastify';
import { ScorecardError } from '../graphql/scorecard.errors';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * Refusals on plain HTTP routes (sign-out, password, downloads) become a status and { error, message }; in GraphQL
 * the error goes on to formatGraphQLError. Anything else keeps Nest's own handling (a 500 without details).
 */
@Catch(ScorecardError, AccessError)
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: ScorecardError | AccessError, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    return reply.code(STATUS[exception.code] ?? 400).send({ error: exception.code, message: exception.message });
  }
}
