import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { AccessError, DEMO_ACCOUNTS, sha256, type AccessServices, type NewSession } from '@scorecard/access';
import { homePathFor, type Principal } from '@scorecard/domain';
import { ReferenceRepository, WarehouseDatabase } from '@scorecard/warehouse';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { errorBody } from '../http/error-body';
import { Allow, Public } from './access.decorators';
import { ACCESS_SERVICES } from './auth.tokens';
import { OidcSignIn } from './oidc-sign-in';
import { originOf } from './request-principal';

// The browser side of signing in. JSON in and out; every failure is a status with { error, message, messageVi }
// (a sign-in refusal's message is Vietnamese too: the sign-in page shows it), never a stack. Sign-in is limited per
// address and login (an office behind one address still signs in together), on top of the per-account lock-out after
// five wrong passwords; the other routes per address.
const SIGN_IN_LIMIT = {
  rateLimit: {
    max: 10,
    timeWindow: '1 minute',
    hook: 'preHandler',
    keyGenerator: (request: FastifyRequest) =>
      `${request.ip}|${String((request.body as { login?: unknown } | undefined)?.login ?? '').toLowerCase()}`,
  },
};
const ROUTE_LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };
const OIDC_NOT_CONFIGURED = errorBody(
  'NOT_FOUND',
  'Sign-in through an identity provider is not configured.',
  'Chưa cấu hình đăng nhập qua nhà cung cấp định danh.',
);

type SignInBody = { login?: unknown; password?: unknown };
type PasswordBody = { current?: unknown; next?: unknown };

const STATUS: Partial<Record<AccessError['code'], number>> = {
  INVALID_CREDENTIALS: 401,
  INVALID_LINK: 401,
  UNAUTHENTICATED: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  WEAK_PASSWORD: 400,
  INVALID_ACCOUNT_INPUT: 400,
};

@Controller('auth')
export class AuthController {
  constructor(
    @Inject(ACCESS_SERVICES) private readonly access: AccessServices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OidcSignIn) private readonly oidc: OidcSignIn,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
  ) {}

  /** What the sign-in page offers: the identity provider, and on a local demo the demo accounts. */
  @Get('config')
  @Public()
  async signInOptions() {
    const provinces = new Map((await new ReferenceRepository(this.db).provinces()).map((p) => [p.code, p.nameVi]));
    return {
      oidc: this.config.oidc ? { label: this.config.oidc.label, startUrl: '/auth/oidc/start' } : null,
      demoAccounts: this.config.demoAccounts
        ? DEMO_ACCOUNTS.map((demo) => ({
            ...demo,
            provinceName: demo.provinceCode ? (provinces.get(demo.provinceCode) ?? null) : null,
          }))
        : [],
    };
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @RouteConfig(SIGN_IN_LIMIT)
  async signIn(@Body() body: SignInBody, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!isJson(request)) return refuseNotJson(reply);
    if (typeof body?.login !== 'string' || typeof body.password !== 'string')
      return reply
        .code(400)
        .send(errorBody('BAD_REQUEST', 'Enter a login and a password.', 'Nhập tên đăng nhập và mật khẩu.'));
    return this.respond(reply, request, () =>
      this.access.signIn.withPassword(String(body.login), String(body.password), originOf(request)),
    );
  }

  /** Signs in as a demo account: only on a local demo (sample data on, bound to loopback). */
  @Post('demo')
  @Public()
  @HttpCode(200)
  @RouteConfig(SIGN_IN_LIMIT)
  async demo(@Body() body: { login?: unknown }, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!isJson(request)) return refuseNotJson(reply);
    return this.respond(reply, request, () => this.access.signIn.asDemo(String(body?.login ?? ''), originOf(request)));
  }

  /** A one-time link (first administrator, new account, password reset): signs in, then asks for a password. */
  @Get('link')
  @Public()
  @RouteConfig(ROUTE_LIMIT)
  async link(@Query('t') secret: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    try {
      const session = await this.access.signIn.withLink(String(secret ?? ''), originOf(request));
      this.startSession(request, session);
      return reply.redirect('/doi-mat-khau', 303);
    } catch (error) {
      if (error instanceof AccessError) return reply.redirect('/dang-nhap?loi=lien-ket', 303);
      throw error;
    }
  }

  @Post('sign-out')
  @Allow('self.read')
  @HttpCode(200)
  async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (request.sessionId) await this.access.signIn.end(request.sessionId, request.principal, originOf(request));
    request.session.delete();
    return reply.send({ signedOut: true });
  }

  @Post('password')
  @Allow('self.read')
  @HttpCode(200)
  @RouteConfig(ROUTE_LIMIT)
  async changePassword(@Body() body: PasswordBody, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!isJson(request)) return refuseNotJson(reply);
    if (typeof body?.next !== 'string')
      return reply.code(400).send(errorBody('BAD_REQUEST', 'Enter the new password.', 'Nhập mật khẩu mới.'));
    try {
      await this.access.accounts.changePassword(
        { principal: request.principal as Principal, origin: originOf(request) },
        {
          current: typeof body.current === 'string' ? body.current : null,
          next: body.next,
          keepSessionHash: request.sessionId ? sha256(request.sessionId) : null,
        },
      );
      return reply.send({ changed: true, home: homePathFor(request.principal as Principal) });
    } catch (error) {
      return sendAccessError(reply, error);
    }
  }

  @Get('oidc/start')
  @Public()
  @RouteConfig(ROUTE_LIMIT)
  async oidcStart(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!this.oidc.enabled) return reply.code(404).send(OIDC_NOT_CONFIGURED);
    const { url, state } = await this.oidc.start();
    request.session.set('oidc', state);
    return reply.redirect(url, 303);
  }

  @Get('oidc/callback')
  @Public()
  @RouteConfig(ROUTE_LIMIT)
  async oidcCallback(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!this.oidc.enabled) return reply.code(404).send(OIDC_NOT_CONFIGURED);
    const state = request.session.get('oidc');
    request.session.set('oidc', undefined);
    try {
      const identity = await this.oidc.finish(new URL(request.url, this.config.publicUrl), state);
      const session = await this.access.signIn.withIdentityProvider(
        identity.subject,
        identity.login,
        originOf(request),
      );
      this.startSession(request, session);
      return reply.redirect(homePathFor(session.principal), 303);
    } catch (error) {
      const reason = error instanceof AccessError ? 'tai-khoan' : 'oidc';
      if (!(error instanceof AccessError)) request.log.warn({ err: error }, 'OpenID Connect sign-in failed');
      return reply.redirect(`/dang-nhap?loi=${reason}`, 303);
    }
  }

  private async respond(reply: FastifyReply, request: FastifyRequest, signIn: () => Promise<NewSession>) {
    try {
      const session = await signIn();
      this.startSession(request, session);
      return reply.send({
        signedIn: true,
        login: session.account.login,
        role: session.account.role,
        home: session.mustChangePassword ? '/doi-mat-khau' : homePathFor(session.principal),
        mustChangePassword: session.mustChangePassword,
      });
    } catch (error) {
      return sendAccessError(reply, error);
    }
  }

  private startSession(request: FastifyRequest, session: NewSession): void {
    // A new id for every sign-in: a session fixed before sign-in cannot be taken over.
    request.session.regenerate();
    request.session.set('sid', session.sessionId);
  }
}

function isJson(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
}

function refuseNotJson(reply: FastifyReply) {
  return reply
    .code(415)
    .send(
      errorBody(
        'UNSUPPORTED_MEDIA_TYPE',
        'Send JSON (content-type: application/json).',
        'Gửi dữ liệu dạng JSON (content-type: application/json).',
      ),
    );
}

function sendAccessError(reply: FastifyReply, error: unknown) {
  if (error instanceof AccessError)
    return reply.code(STATUS[error.code] ?? 400).send(errorBody(error.code, error.message, error.messageVi));
  throw error;
}
