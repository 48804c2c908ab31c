import { hostname, userInfo } from 'node:os';
import type { Actor } from '@scorecard/access';

/**
 * Who the command line acts as: whoever can open the database file is trusted with it, so the operating-system
 * account and host are recorded as a headquarters data officer. Nothing typed on the command line (no flag, no
 * environment variable) decides it.
 */
export function cliActor(): Actor {
  const host = hostname();
  const name = `cli:${osUser()}@${host}`;
  return {
    principal: {
      via: 'cli',
      accountId: null,
      name,
      displayName: name,
      role: 'data-officer',
      provinceCode: null,
      tokenId: null,
    },
    origin: `cli:${host}`,
  };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    // A container user without a passwd entry has no name; its uid still says who it was (never $USER, which
    // the caller sets).
    return `uid-${process.getuid?.() ?? 'unknown'}`;
  }
}
