/**
 * Answers computed from the database, kept until the next committed write. `generation` is the database's count of
 * committed writes (WarehouseDatabase.dataVersion: this process is the file's only writer), so an answer is never
 * served once a write has committed; everything kept is dropped at that moment, so stale answers hold no memory.
 * At most `capacity` answers are kept, the least recently used going first. Callers asking for the same key while
 * it is being computed share that one computation; a failed computation is not kept.
 */
export class ComputedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  private generationOfEntries: number;

  constructor(private readonly options: { capacity: number; generation: () => number }) {
    if (!Number.isInteger(options.capacity) || options.capacity < 1)
      throw new RangeError(`capacity must be a whole number of at least 1, got ${options.capacity}`);
    this.generationOfEntries = options.generation();
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.peek(key);
    if (kept) return kept;
    let computed: Promise<T>;
    try {
      computed = compute();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.entries.set(key, computed);
    computed.catch(() => {
      if (this.entries.get(key) === computed) this.entries.delete(key);
    });
    this.trim();
    return computed;
  }

  /** The answer kept for `key`, if any, without computing one. */
  peek(key: string): Promise<T> | undefined {
    this.dropIfStale();
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last: a Map iterates in insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
    }
    return kept;
  }

  /**
   * Keeps an answer computed elsewhere, if no write has committed since `generation` (read before the answer was
   * computed): an answer that may predate a write is never kept.
   */
  put(key: string, value: T, generation: number): void {
    this.dropIfStale();
    if (generation !== this.generationOfEntries) return;
    this.entries.delete(key);
    this.entries.set(key, Promise.resolve(value));
    this.trim();
  }

  private dropIfStale(): void {
    const generation = this.options.generation();
    if (generation !== this.generationOfEntries) {
      this.entries.clear();
      this.generationOfEntries = generation;
    }
  }

  private trim(): void {
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.capacity) break;
      this.entries.delete(oldest);
    }
  }
}

/** A cache key from the values that decide an answer (null and undefined alike). */
export function cacheKey(...parts: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return JSON.stringify(parts.map((part) => part ?? null));
}
