import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WarehouseDatabase } from '@scorecard/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComputedCache, cacheKey } from './computed-cache';

/** A computation that counts its runs and answers when told to. */
function counted<T>(value: T) {
  const run = { count: 0, release: () => {} };
  const compute = () => {
    run.count += 1;
    return new Promise<T>((resolve) => (run.release = () => resolve(value)));
  };
  return { run, compute };
}

const now =
  <T>(value: T) =>
  () =>
    Promise.resolve(value);

describe('ComputedCache', () => {
  let dir: string;
  let db: WarehouseDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-cache-'));
    db = await WarehouseDatabase.open(join(dir, 'cache.duckdb'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes an answer once and serves it again until the next write', async () => {
    const cache = new ComputedCache<number[]>({ capacity: 10, generation: () => db.dataVersion });
    let runs = 0;
    const read = () => {
      runs += 1;
      return db.all<{ n: number }>('SELECT 42 AS n').then((rows) => rows.map((row) => row.n));
    };
    const first = await cache.get('answer', read);
    expect(await cache.get('answer', read)).toBe(first);
    expect(runs).toBe(1);
    await cache.get('other', read);
    expect(runs).toBe(2);
  });

  it('computes again after a committed write, and drops what it kept before it', async () => {
    const cache = new ComputedCache<string>({ capacity: 10, generation: () => db.dataVersion });
    await db.transaction((connection) => connection.run('CREATE TABLE figure (v INTEGER)'));
    const read = () => db.all<{ n: bigint }>('SELECT count(*) AS n FROM figure').then(([row]) => String(row?.n));
    await cache.get('a', read);
    await cache.get('b', read);
    expect(await cache.get('a', read)).toBe('0');

    await db.transaction((connection) => connection.run('INSERT INTO figure VALUES (1)'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', read)).toBe('1');
    expect(cache.size).toBe(1);

    // A write that rolls back changed nothing: the answer kept is still right.
    await expect(
      db.transaction(async (connection) => {
        await connection.run('INSERT INTO figure VALUES (2)');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    let runs = 0;
    expect(await cache.get('a', () => ((runs += 1), read()))).toBe('1');
    expect(runs).toBe(0);
  });

  it('keeps at most its capacity, dropping the least recently used first', async () => {
    const cache = new ComputedCache<string>({ capacity: 3, generation: () => 0 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, now(key));
    await cache.get('a', now('a')); // a is now the most recently used; b the least
    await cache.get('d', now('d'));
    expect(cache.size).toBe(3);
    const recomputed: string[] = [];
    for (const key of ['a', 'c', 'd', 'b']) await cache.get(key, () => (recomputed.push(key), Promise.resolve(key)));
    expect(recomputed).toEqual(['b']);
    for (let i = 0; i < 1000; i += 1) await cache.get(`k${i}`, now(i.toString()));
    expect(cache.size).toBe(3);
  });

  it('lets callers asking at the same time share one computation', async () => {
    const cache = new ComputedCache<string>({ capacity: 10, generation: () => 0 });
    const { run, compute } = counted('snapshot');
    const asked = [cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)];
    expect(run.count).toBe(1);
    run.release();
    expect(await Promise.all(asked)).toEqual(['snapshot', 'snapshot', 'snapshot']);
    expect(run.count).toBe(1);
  });

  it('does not keep a failed computation: the next caller computes again', async () => {
    const cache = new ComputedCache<string>({ capacity: 10, generation: () => 0 });
    await expect(cache.get('k', () => Promise.reject(new Error('database busy')))).rejects.toThrow('database busy');
    await expect(
      cache.get('k', () => {
        throw new Error('thrown at once');
      }),
    ).rejects.toThrow('thrown at once');
    expect(await cache.get('k', now('fine'))).toBe('fine');
  });

  it('keeps an answer put from outside only if no write came between its start and its end', async () => {
    let generation = 3;
    const cache = new ComputedCache<string>({ capacity: 10, generation: () => generation });
    expect(cache.peek('k')).toBeUndefined();
    cache.put('k', 'answer', 3);
    expect(await cache.peek('k')).toBe('answer');
    // Started before a write, finished after it: its answer may predate the write and is not kept.
    const started = generation;
    generation += 1;
    cache.put('late', 'maybe stale', started);
    expect(cache.peek('late')).toBeUndefined();
    expect(cache.peek('k')).toBeUndefined();
  });

  it('keys by every value that decides an answer, null and undefined alike', () => {
    expect(cacheKey('P', 1, 'revenue', null)).toBe(cacheKey('P', 1, 'revenue', undefined));
    expect(cacheKey('P', 1, 'revenue', '2021-10-20')).not.toBe(cacheKey('P', 1, 'revenue', '2021-10-15'));
    expect(cacheKey('a,b', 'c')).not.toBe(cacheKey('a', 'b,c'));
  });
});
