import { createToken, startServer } from './scorecard-server';

// The demo accounts a first start with the sample data makes (libs/access/src/first-start.ts), and tokens of
// theirs for tests that need a caller with an account (alerts are delivered to accounts, not to script tokens).

const DEMO_ACCOUNTS = {
  leadership: ['leadership', 'demo.lanh-dao'],
  dataOfficer: ['data-officer', 'demo.nghiep-vu'],
  directorHaNoi: ['director:01', 'demo.gd-ha-noi'],
} as const;
export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** Starts the server once on a new database file (sample data, demo accounts, the first alerts) and stops it. */
export async function firstStart(dbPath: string): Promise<void> {
  const server = await startServer({ dbPath });
  await server.stop();
}

/** Tokens of demo accounts, made with the command line on the file of a stopped server. */
export function demoTokens<K extends DemoAccount>(dbPath: string, accounts: readonly K[]): Record<K, string> {
  return Object.fromEntries(
    accounts.map((account) => {
      const [spec, login] = DEMO_ACCOUNTS[account];
      return [account, createToken(dbPath, spec, login)];
    }),
  ) as Record<K, string>;
}
