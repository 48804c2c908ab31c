import type { WarehouseDatabase } from '@scorecard/warehouse';
import { AccountService } from './accounts.service';
import { ApiTokenService } from './api-tokens.service';
import { PrincipalCache } from './principal-cache';
import { SignInService } from './sign-in.service';

export type AccessServices = {
  accounts: AccountService;
  tokens: ApiTokenService;
  signIn: SignInService;
};

/** The services of one process, sharing one cache of who tokens and sessions stand for. */
export function createAccessServices(db: WarehouseDatabase, options: { demoEnabled: boolean }): AccessServices {
  const cache = new PrincipalCache();
  return {
    accounts: new AccountService(db, cache),
    tokens: new ApiTokenService(db, cache),
    signIn: new SignInService(db, cache, options.demoEnabled),
  };
}
