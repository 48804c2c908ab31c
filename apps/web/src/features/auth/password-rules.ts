// The checks the password form makes before sending (the server checks again and may refuse a weak password
// with its own message).
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';

export const MIN_PASSWORD_LENGTH = 10;

export type PasswordField = 'current' | 'next' | 'repeat';
export type PasswordInput = { current: string; next: string; repeat: string; needsCurrent: boolean };

/** What to fix, by field; empty when the form may be sent. */
export function passwordIssues(input: PasswordInput): Partial<Record<PasswordField, string>> {
  const t = text.password.issues;
  const issues: Partial<Record<PasswordField, string>> = {};
  if (input.needsCurrent && input.current === '') issues.current = t.current;
  // Characters as the person typed them: "ă" is one, whatever its encoding.
  const length = [...input.next.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) {
    issues.next = t.tooShort(formatInteger(MIN_PASSWORD_LENGTH), formatInteger(length));
  } else if (input.needsCurrent && input.next === input.current) {
    issues.next = t.same;
  }
  if (input.repeat !== input.next) issues.repeat = t.mismatch;
  return issues;
}
