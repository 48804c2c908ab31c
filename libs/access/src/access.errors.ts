// One error class for accounts, tokens and sessions; the API maps each code to a GraphQL or HTTP error once.
// Every refusal says the same thing twice: `message` for the API's callers, `messageVi` for a Vietnamese page.
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
    /** The same refusal in Vietnamese, with the same values. */
    readonly messageVi: string,
  ) {
    super(message);
    this.name = 'AccessError';
  }
}
