import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from './sql-script';

describe('runScript', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  it('splits with DuckDB’s own parser: a ";" or "--" inside a string stays in it', async () => {
    const connection = await instance.connect();
    await runScript(
      connection,
      `-- a comment that names $nothing
       CREATE TABLE t (v VARCHAR);
       INSERT INTO t VALUES ('a--b'), ('c;d');
       INSERT INTO t VALUES ($x); -- trailing comment
       INSERT INTO t SELECT $x || $y`,
      { x: 'e', y: 'f' },
    );
    const rows = (await connection.runAndReadAll('SELECT v FROM t ORDER BY v')).getRowsJS().map((row) => row[0]);
    expect(rows).toEqual(['a--b', 'c;d', 'e', 'ef']);
    connection.disconnectSync();
  });

  it('names the parameter a statement needs and was not given', async () => {
    const connection = await instance.connect();
    await expect(runScript(connection, 'SELECT $missing')).rejects.toThrow(/\$missing/);
    connection.disconnectSync();
  });
});
