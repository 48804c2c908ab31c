import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords are kept as scrypt hashes (node's own KDF: no native add-on to build) in a self-describing text:
// scrypt$N$r$p$salt$hash, so the cost can be raised later without invalidating stored hashes.

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MAX_MEMORY = 128 * COST.N * COST.r * 2;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether the password matches; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A stored hash of a random password: verifying against it costs the same as a real one, for unknown logins. */
export const DUMMY_HASH_PROMISE = hashPassword(randomBytes(16).toString('hex'));

export const MIN_PASSWORD_LENGTH = 10;

/** Why a new password is refused, in English and in Vietnamese (shown as is), or null. */
export function passwordProblem(password: string, login: string): { message: string; messageVi: string } | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return {
      message: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      messageVi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
    };
  if (password.toLowerCase().includes(login.toLowerCase()))
    return {
      message: 'The password must not contain the login.',
      messageVi: 'Mật khẩu không được chứa tên đăng nhập.',
    };
  if (new Set(password).size < 5)
    return {
      message: 'The password is too simple: use more different characters.',
      messageVi: 'Mật khẩu quá đơn giản: dùng nhiều ký tự khác nhau hơn.',
    };
  return null;
}
