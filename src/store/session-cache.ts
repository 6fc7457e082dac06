import type { Session } from './session-repository';
import type { User } from './user-repository';

/** A signed-in session with its (enabled) user, as every API request needs it. */
export interface ResolvedSession {
  readonly session: Session;
  readonly user: User;
}

/**
 * Resolved sessions kept in memory, so a request does not ask the store who its cookie
 * belongs to. Only correct when this process is the store's one writer (the embedded
 * store: one process opens its folder at a time, the CLI asks that `serve` be stopped
 * first), because then every logout, purpose change,
 * disabled user or reset password goes through the repositories, which drop the entries
 * here before they return. An entry never outlives its session's expiry, and lives at
 * most `maxAgeMs` whatever happens, so even a change made behind the repositories' back
 * (SQL typed by hand) is seen within that bound.
 */
export interface SessionCache {
  get(id: string): ResolvedSession | null;
  /** Bumped by every drop: read it before asking the store, hand it to `set`. */
  epoch(): number;
  /**
   * Keep what the store answered, unless something was dropped since `epoch` was read: that
   * answer may predate a logout that raced with it, and must not be kept.
   */
  set(id: string, resolved: ResolvedSession, epoch: number): void;
  delete(id: string): void;
  /** Drop every session of a user (disabled, password reset, role changed). */
  deleteUser(userId: number): void;
}

interface Entry {
  readonly resolved: ResolvedSession;
  readonly until: number;
}

const MAX_ENTRIES = 10_000;

export function sessionCache(maxAgeMs = 30_000, now: () => number = Date.now): SessionCache {
  const entries = new Map<string, Entry>();
  let epoch = 0;
  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry) return null;
      if (now() >= entry.until) {
        entries.delete(id);
        return null;
      }
      return entry.resolved;
    },
    epoch: () => epoch,
    set(id, resolved, readAt) {
      if (readAt !== epoch) return;
      const until = Math.min(now() + maxAgeMs, resolved.session.expiresAt.getTime());
      if (until <= now()) return;
      // Oldest first out: a Map iterates in insertion order.
      if (entries.size >= MAX_ENTRIES && !entries.has(id))
        entries.delete(entries.keys().next().value as string);
      entries.set(id, { resolved, until });
    },
    delete(id) {
      epoch++;
      entries.delete(id);
    },
    deleteUser(userId) {
      epoch++;
      for (const [id, entry] of entries) if (entry.resolved.user.id === userId) entries.delete(id);
    },
  };
}

/** What the repositories use when nothing may be cached (a PostgreSQL server other processes also write). */
export const NO_SESSION_CACHE: SessionCache = {
  get: () => null,
  epoch: () => 0,
  set: () => undefined,
  delete: () => undefined,
  deleteUser: () => undefined,
};
