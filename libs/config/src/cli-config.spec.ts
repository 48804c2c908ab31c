import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config';
import { commandLineDatabasePath, commandLinePublicUrl } from './cli-config';
import { ConfigError } from './config.errors';

describe('the command line settings', () => {
  it('means the same file as the server by a relative SCORECARD_DB or --db: taken from the repository root', () => {
    for (const [env, flag] of [
      [{ SCORECARD_DB: 'var/shared.duckdb' }, undefined],
      [{}, 'var/shared.duckdb'],
    ] as const) {
      const server = loadConfig(env, flag === undefined ? [] : ['--db', flag], '/repo').dbPath;
      expect(commandLineDatabasePath(flag, '/repo', env)).toBe(server);
      expect(server).toBe('/repo/var/shared.duckdb');
    }
    expect(commandLineDatabasePath(undefined, '/repo', {})).toBe(loadConfig({}, [], '/repo').dbPath);
  });

  it('does not take a relative path from the working directory', () => {
    expect(commandLineDatabasePath('scorecard.duckdb', '/repo', {})).not.toBe(join(process.cwd(), 'scorecard.duckdb'));
  });

  it('lets --db win over SCORECARD_DB and keeps absolute paths and :memory: as they are', () => {
    expect(commandLineDatabasePath('/srv/a.duckdb', '/repo', { SCORECARD_DB: '/srv/b.duckdb' })).toBe('/srv/a.duckdb');
    expect(commandLineDatabasePath(undefined, '/repo', { SCORECARD_DB: ':memory:' })).toBe(':memory:');
  });

  it('refuses an empty database path, naming the variable, the flag and the value', () => {
    expect(() => commandLineDatabasePath(undefined, '/repo', { SCORECARD_DB: ' ' })).toThrow(
      /SCORECARD_DB \/ --db = " ": must be a file path, for example data\/scorecard\.duckdb/,
    );
  });

  it('prints sign-in links under --url, else SCORECARD_PUBLIC_URL, else this machine on the server port', () => {
    expect(commandLinePublicUrl('https://scorecard.example.vn/', { SCORECARD_PUBLIC_URL: 'https://x.vn' })).toBe(
      'https://scorecard.example.vn',
    );
    expect(commandLinePublicUrl(undefined, { SCORECARD_PUBLIC_URL: 'https://bc.bhxh.gov.vn/' })).toBe(
      'https://bc.bhxh.gov.vn',
    );
    expect(commandLinePublicUrl(undefined, {})).toBe('http://localhost:3000');
    expect(commandLinePublicUrl(undefined, { PORT: '4000' })).toBe(loadConfig({ PORT: '4000' }, [], '/repo').publicUrl);
    // PORT does not matter when the address is given.
    expect(commandLinePublicUrl('https://scorecard.example.vn', { PORT: 'abc' })).toBe('https://scorecard.example.vn');
  });

  it('refuses an address the links cannot be built on, naming the command line flag', () => {
    for (const bad of ['ftp://scorecard.example.vn', 'scorecard.example.vn', 'https://scorecard.example.vn/?x=1']) {
      expect(() => commandLinePublicUrl(bad, {})).toThrow(ConfigError);
    }
    expect(() => commandLinePublicUrl('ftp://x.vn', {})).toThrow(
      /SCORECARD_PUBLIC_URL \/ --url = "ftp:\/\/x\.vn": must be an http\(s\) address, for example https:\/\/scorecard\.bhxh\.gov\.vn/,
    );
  });
});
