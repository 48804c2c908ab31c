import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

// A script of several statements with named parameters: DuckDB prepares one statement at a time, so each
// statement gets the parameters it names. Comments are dropped first (they may mention parameters).

export function statementsOf(script: string): string[] {
  return script
    .replace(/--[^\n]*/g, '')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

export async function runScript(
  connection: DuckDBConnection,
  script: string,
  params: Readonly<Record<string, DuckDBValue>> = {},
): Promise<void> {
  for (const statement of statementsOf(script)) {
    const used = Object.fromEntries(
      Object.entries(params).filter(([name]) => new RegExp(`\\$${name}\\b`).test(statement)),
    );
    await connection.run(statement, used);
  }
}
