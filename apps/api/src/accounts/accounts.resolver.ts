import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AccessServices, Actor } from '@scorecard/access';
import type { Principal } from '@scorecard/domain';
import { Allow, CurrentActor, CurrentPrincipal } from '../auth/access.decorators';
import { ACCESS_SERVICES } from '../auth/auth.tokens';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { toAccountObject, toApiTokenObject } from './accounts.mapper';
import {
  AccountObject,
  AccountWithLinkObject,
  ApiTokenObject,
  CreateAccountArgs,
  CreateApiTokenArgs,
  CreatedApiTokenObject,
  UpdateAccountArgs,
} from './dto/account.object';

@Resolver()
export class AccountsResolver {
  constructor(
    @Inject(ACCESS_SERVICES) private readonly access: AccessServices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [AccountObject], { description: 'Every account (headquarters data officers).' })
  @Allow('account.manage')
  async accounts(): Promise<AccountObject[]> {
    return (await this.access.accounts.list()).map(toAccountObject);
  }

  @Mutation(() => AccountWithLinkObject, {
    description: 'A new account, with a one-time link for its owner to set a password.',
  })
  @Allow('account.manage')
  async createAccount(@Args() args: CreateAccountArgs, @CurrentActor() actor: Actor): Promise<AccountWithLinkObject> {
    const { account, link } = await this.access.accounts.create(actor, args);
    return this.withLink(account, link!);
  }

  @Mutation(() => AccountObject, {
    description: 'Changes name, role, province or disables; a change of power ends its sessions.',
  })
  @Allow('account.manage')
  async updateAccount(@Args() args: UpdateAccountArgs, @CurrentActor() actor: Actor): Promise<AccountObject> {
    const { login, ...change } = args;
    return toAccountObject(await this.access.accounts.update(actor, login, change));
  }

  @Mutation(() => AccountWithLinkObject, {
    description: 'Removes the password, ends the sessions, returns a one-time link.',
  })
  @Allow('account.manage')
  async resetPassword(
    @Args('login', { description: 'The account, by its login.' }) login: string,
    @CurrentActor() actor: Actor,
  ): Promise<AccountWithLinkObject> {
    const { account, link } = await this.access.accounts.resetPassword(actor, login);
    return this.withLink(account, link);
  }

  @Query(() => [ApiTokenObject], { description: 'Your API tokens; with all: true every token (data officers).' })
  @Allow('token.own')
  async apiTokens(
    @CurrentPrincipal() principal: Principal,
    @Args('all', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Every token of every account (data officers only); default false: your own.',
    })
    all: boolean,
  ): Promise<ApiTokenObject[]> {
    const tokens = await this.access.tokens.list(principal, all);
    const logins = await this.loginsById();
    return tokens.map((token) => toApiTokenObject(token, logins));
  }

  @Mutation(() => CreatedApiTokenObject, { description: 'A new API token, shown once; only its hash is stored.' })
  @Allow('token.own')
  async createApiToken(@Args() args: CreateApiTokenArgs, @CurrentActor() actor: Actor): Promise<CreatedApiTokenObject> {
    const { token, record } = await this.access.tokens.create(actor, args);
    const logins = await this.loginsById();
    return Object.assign(new CreatedApiTokenObject(), { token, apiToken: toApiTokenObject(record, logins) });
  }

  @Mutation(() => ApiTokenObject, { description: 'Revokes one of your tokens (a data officer: any token).' })
  @Allow('token.own')
  async revokeApiToken(
    @Args('id', { description: 'The token’s public id (ApiToken.id).' }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ApiTokenObject> {
    const record = await this.access.tokens.revoke(actor, id);
    const logins = await this.loginsById();
    return toApiTokenObject(record, logins);
  }

  /** Token owners are stored by account id; lists name them by login. */
  private async loginsById(): Promise<Map<string, string>> {
    return new Map((await this.access.accounts.list()).map((account) => [account.id, account.login]));
  }

  private withLink(
    account: Parameters<typeof toAccountObject>[0],
    link: { secret: string; expiresAt: Date },
  ): AccountWithLinkObject {
    return Object.assign(new AccountWithLinkObject(), {
      account: toAccountObject(account),
      signInLink: `${this.config.publicUrl}/auth/link?t=${encodeURIComponent(link.secret)}`,
      linkExpiresAt: link.expiresAt.toISOString(),
    });
  }
}
