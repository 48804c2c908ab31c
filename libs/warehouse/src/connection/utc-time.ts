// Times written by the application are UTC and travel as "YYYY-MM-DD HH:MM:SS.mmm" text cast by DuckDB.

export function utcTimestamp(at: Date = new Date()): string {
  return at.toISOString().slice(0, 23).replace('T', ' ');
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

/** A TIMESTAMP read back with strftime('%Y-%m-%dT%H:%M:%S.%g') as a Date (UTC). */
export function fromUtcText(text: string | null): Date | null {
  return text === null ? null : new Date(`${text.replace(' ', 'T')}Z`);
}
