/**
 * Results of workspace reads, kept per workspace and bounded: concurrent asks for one key
 * share one read, the least recently used entry is dropped first, and a failed read is not
 * remembered (the next ask reads again). Keys carry the workspace generation and run, so an
 * import never serves what an earlier file held.
 */
export class PromiseCache<T> {
  private readonly byOwner = new WeakMap<object, Map<string, Promise<T>>>();

  constructor(private readonly maxEntries: number) {}

  get(owner: object, key: string, read: () => Promise<T>): Promise<T> {
    let cache = this.byOwner.get(owner);
    if (!cache) {
      cache = new Map();
      this.byOwner.set(owner, cache);
    }
    const cached = cache.get(key);
    if (cached) {
      // Most recently used last: the first key is the one to drop.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const reading = read();
    if (cache.size >= this.maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(key, reading);
    const entries = cache;
    reading.catch(() => {
      if (entries.get(key) === reading) entries.delete(key);
    });
    return reading;
  }
}
