/** Local time in Vietnam (UTC+7), "YYYY-MM-DDTHH:MM:SS", as submissions and alerts are stamped. */
export function vietnamNow(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 19);
}
