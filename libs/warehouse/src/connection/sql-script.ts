import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

// A script of several statements with named parameters. DuckDB itself splits the script (its own parser, so a
// ';' or '--' inside a string literal stays where it is) and prepares one statement at a time; each statement gets
// the parameters it names.

export async function runScript(
  connection: DuckDBConnection,
  script: string,
  params: Readonly<Record<string, DuckDBValue>> = {},
): Promise<void> {
  const statements = await connection.extractStatements(script);
  for (let index = 0; index < statements.count; index += 1) {
    const prepared = await statements.prepare(index);
    try {
      const names = Array.from({ length: prepared.parameterCount }, (_, i) => prepared.parameterName(i + 1));
      const missing = names.filter((name) => !(name in params));
      if (missing.length > 0)
        throw new Error(`SQL script statement ${index + 1} needs ${missing.map((n) => `$${n}`).join(', ')}`);
      if (names.length > 0) prepared.bind(Object.fromEntries(names.map((name) => [name, params[name] ?? null])));
      await prepared.run();
    } finally {
      prepared.destroySync();
    }
  }
}
