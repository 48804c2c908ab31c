import type { Principal } from '@scorecard/domain';

// Who a token or session stands for, remembered so that a request costs no database read. Every change to
// accounts, tokens or sessions is made by this process (DuckDB lets one process write the file), and each one
// clears the cache, so an entry is never stale; expiry is checked on every use.

type Entry = { principal: Principal | null; expiresAt: number };

const MAX_ENTRIES = 10_000;

export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();

  get(key: string, now: number): Principal | null | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  set(key: string, principal: Principal | null, expiresAt: number): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { principal, expiresAt });
  }

  clear(): void {
    this.entries.clear();
  }
}
