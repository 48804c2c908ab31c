import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Action, Principal } from '@scorecard/domain';
import type { FastifyRequest } from 'fastify';
import type { GraphQLContext } from './request-principal';

export const ACCESS_ACTION = 'scorecard:access-action';
export const PUBLIC_ROUTE = 'scorecard:public';

/** The action of the authorisation table (libs/domain access-policy) a resolver or route performs. */
export const Allow = (action: Action) => SetMetadata(ACCESS_ACTION, action);

/** A route anyone may call (signing in, the sign-in page's settings, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export function requestOf(context: ExecutionContext): FastifyRequest {
  return context.getType<GqlContextType>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<GraphQLContext>().request
    : context.switchToHttp().getRequest<FastifyRequest>();
}

/** The caller established by the authentication hook (the guard has already refused anonymous callers). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without an access rule');
  return principal;
});

/** The caller and where the request came from, for services that write the audit log. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = requestOf(context);
  if (!request.principal) throw new Error('CurrentActor used on a route without an access rule');
  return { principal: request.principal, origin: request.ip };
});
