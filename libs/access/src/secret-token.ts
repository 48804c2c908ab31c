import { createHash, randomBytes } from 'node:crypto';

// Random secrets handed to people or browsers (API tokens, session ids, one-time links); only their SHA-256 is
// stored. They carry 256 bits of randomness, so a fast hash is enough (a KDF is for guessable passwords).

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** An API token: "bhxh_" + its public id + "_" + the secret; the id lets lists and logs name it. */
export function newApiToken(): { id: string; token: string } {
  const id = randomBytes(6).toString('hex');
  return { id, token: `bhxh_${id}_${randomSecret()}` };
}

export function newAccountId(): string {
  return `acc_${randomBytes(9).toString('base64url')}`;
}
