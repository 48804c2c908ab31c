import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config';
import { ConfigError } from './config.errors';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({}, [], '/repo');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dbPath: '/repo/data/scorecard.duckdb',
      sampleData: true,
      ledgerEmployers: 20000,
    });
  });

  it('sizes the synthetic ledger from SCORECARD_LEDGER_EMPLOYERS or --ledger-employers, refusing non-counts', () => {
    expect(loadConfig({ SCORECARD_LEDGER_EMPLOYERS: '450000' }, [], '/repo').ledgerEmployers).toBe(450000);
    expect(loadConfig({}, ['--ledger-employers', '0'], '/repo').ledgerEmployers).toBe(0);
    expect(() => loadConfig({ SCORECARD_LEDGER_EMPLOYERS: '1.5' }, [], '/repo')).toThrow(
      /SCORECARD_LEDGER_EMPLOYERS \/ --ledger-employers = "1.5": must be a whole number from 0 to 2000000/,
    );
  });

  it('reads environment variables and lets a flag win over them', () => {
    const env = { PORT: '4000', SCORECARD_DB: '/tmp/a.duckdb', SCORECARD_SAMPLE_DATA: 'off' };
    expect(loadConfig(env, [], '/repo')).toMatchObject({ port: 4000, dbPath: '/tmp/a.duckdb', sampleData: false });
    expect(loadConfig(env, ['--port', '5000', '--sample-data=on', '--db', 'x.duckdb'], '/repo')).toMatchObject({
      port: 5000,
      sampleData: true,
      dbPath: '/repo/x.duckdb',
    });
    expect(loadConfig({}, ['--no-sample-data'], '/repo').sampleData).toBe(false);
  });

  it('limits requests per caller by default, to a given number, or not at all with SCORECARD_RATE_LIMIT=off', () => {
    expect(loadConfig({}, [], '/repo').rateLimitPerMinute).toBe(600);
    expect(loadConfig({ SCORECARD_RATE_LIMIT: '120' }, [], '/repo').rateLimitPerMinute).toBe(120);
    expect(loadConfig({ SCORECARD_RATE_LIMIT: 'off' }, [], '/repo').rateLimitPerMinute).toBeNull();
    expect(loadConfig({}, ['--rate-limit', 'OFF'], '/repo').rateLimitPerMinute).toBeNull();
    expect(() => loadConfig({ SCORECARD_RATE_LIMIT: 'lots' }, [], '/repo')).toThrow(/SCORECARD_RATE_LIMIT/);
  });

  it('offers the query editor and introspection on a local server unless told otherwise, and off elsewhere', () => {
    expect(loadConfig({}, [], '/repo').graphqlEditor).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }, [], '/repo').graphqlEditor).toBe(false);
    expect(loadConfig({ SCORECARD_GRAPHQL_EDITOR: 'off' }, [], '/repo').graphqlEditor).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', SCORECARD_GRAPHQL_EDITOR: 'on' }, [], '/repo').graphqlEditor).toBe(true);
  });

  it('answers to localhost names, the public address and the names given, no other Host', () => {
    const local = loadConfig({}, [], '/repo').allowedHosts;
    expect(local).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', '[::1]']));
    expect(local).not.toContain('scorecard.bhxh.gov.vn');
    const deployed = loadConfig(
      { SCORECARD_PUBLIC_URL: 'https://Scorecard.BHXH.gov.vn', SCORECARD_ALLOWED_HOSTS: 'bc.bhxh.vn, 10.0.0.5' },
      [],
      '/repo',
    ).allowedHosts;
    expect(deployed).toEqual(expect.arrayContaining(['scorecard.bhxh.gov.vn', 'bc.bhxh.vn', '10.0.0.5', 'localhost']));
    expect(() => loadConfig({ SCORECARD_ALLOWED_HOSTS: 'a b' }, [], '/repo')).toThrow(/SCORECARD_ALLOWED_HOSTS/);
  });

  it('believes forwarded addresses only from the proxies it names, none by default', () => {
    expect(loadConfig({}, [], '/repo').trustProxy).toEqual([]);
    expect(loadConfig({ SCORECARD_TRUST_PROXY: '10.0.0.5, 127.0.0.1' }, [], '/repo').trustProxy).toEqual([
      '10.0.0.5',
      '127.0.0.1',
    ]);
    expect(() => loadConfig({ SCORECARD_TRUST_PROXY: 'everyone' }, [], '/repo')).toThrow(/SCORECARD_TRUST_PROXY/);
  });

  it('offers demo accounts only with the sample data on and the server bound to loopback', () => {
    expect(loadConfig({}, [], '/repo').demoAccounts).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }, [], '/repo').demoAccounts).toBe(false);
    expect(loadConfig({ SCORECARD_SAMPLE_DATA: 'off' }, [], '/repo').demoAccounts).toBe(false);
    // Behind a proxy or under a public address a loopback server is reachable from elsewhere: no demo.
    expect(loadConfig({ SCORECARD_TRUST_PROXY: '127.0.0.1' }, [], '/repo').demoAccounts).toBe(false);
    expect(loadConfig({ SCORECARD_PUBLIC_URL: 'https://scorecard.bhxh.gov.vn' }, [], '/repo').demoAccounts).toBe(false);
    expect(loadConfig({ SCORECARD_PUBLIC_URL: 'http://127.0.0.1:3000' }, [], '/repo').demoAccounts).toBe(true);
  });

  it('lists every invalid setting with what to write instead', () => {
    try {
      loadConfig({ PORT: 'abc', SCORECARD_SAMPLE_DATA: 'maybe' }, ['--bogus'], '/repo');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT \/ --port = "abc": must be a whole number/);
      expect(message).toMatch(/SCORECARD_SAMPLE_DATA \/ --sample-data = "maybe": must be "on" or "off"/);
      expect(message).toMatch(/unknown option "--bogus"/);
    }
  });

  it('has alerts on without e-mail or webhook by default, and takes both channels when configured', () => {
    expect(loadConfig({}, [], '/repo').alerts).toEqual({
      enabled: true,
      smtpUrl: null,
      mailFrom: 'BHXH Scorecard <scorecard@localhost>',
      webhook: null,
    });
    const alerts = loadConfig(
      {
        SCORECARD_ALERTS: 'off',
        SCORECARD_SMTP_URL: 'smtp://127.0.0.1:2525',
        SCORECARD_WEBHOOK_URL: 'https://chat.bhxh.vn/hooks/7',
        SCORECARD_WEBHOOK_SECRET: 'a-secret-of-16-chars',
      },
      [],
      '/repo',
    ).alerts;
    expect(alerts).toMatchObject({ enabled: false, smtpUrl: 'smtp://127.0.0.1:2525' });
    expect(alerts.webhook).toEqual({ url: 'https://chat.bhxh.vn/hooks/7', secret: 'a-secret-of-16-chars' });
  });

  it('refuses a non-SMTP mail server and a webhook without its secret', () => {
    expect(() => loadConfig({ SCORECARD_SMTP_URL: 'http://mail' }, [], '/repo')).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(() => loadConfig({ SCORECARD_WEBHOOK_URL: 'https://chat.bhxh.vn/h' }, [], '/repo')).toThrow(
      /SCORECARD_WEBHOOK_URL and SCORECARD_WEBHOOK_SECRET go together/,
    );
  });
});
