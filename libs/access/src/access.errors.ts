// One error class for accounts, tokens and sessions; the API maps each code to a GraphQL or HTTP error once.
export type AccessErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'INVALID_ACCOUNT_INPUT'
  | 'ACCOUNT_NOT_FOUND'
  | 'ACCOUNT_EXISTS'
  | 'TOKEN_NOT_FOUND'
  | 'INVALID_LINK'
  | 'WEAK_PASSWORD';

export class AccessError extends Error {
  constructor(
    readonly code: AccessErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AccessError';
  }
}
