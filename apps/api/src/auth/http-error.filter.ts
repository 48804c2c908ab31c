import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import { AccessError } from '@scorecard/access';
import { WarehouseError } from '@scorecard/warehouse';
import type { FastifyReply } from 'fastify';
import { ScorecardError } from '../graphql/scorecard.errors';
import { errorBody } from '../http/error-body';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, READ_ONLY: 403 };

/**
 * Refusals on plain HTTP routes (sign-out, password, downloads) become a status and { error, message, messageVi }; in GraphQL
 * the error goes on to formatGraphQLError. Anything else keeps Nest's own handling (a 500 without details).
 */
@Catch(ScorecardError, AccessError, WarehouseError)
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: ScorecardError | AccessError | WarehouseError, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    // Only a refusal to write on a read-only copy is the caller's to read; other warehouse failures stay a 500.
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof WarehouseError && exception.code !== 'READ_ONLY')
      return reply
        .code(500)
        .send(
          errorBody(
            'INTERNAL_SERVER_ERROR',
            'Internal error; the server log has the details.',
            'Lỗi nội bộ; nhật ký máy chủ có chi tiết.',
          ),
        );
    return reply
      .code(STATUS[exception.code] ?? 400)
      .send(errorBody(exception.code, exception.message, exception.messageVi));
  }
}
