import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/store/password-hash';
import type { Store } from '../../src/store/open-store';
import { BACKENDS } from './store-backends';

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`store on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('applies migrations once and records them', async () => {
      const rows = await store.sql.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual([1, 2]);
    });

    it('stores users with salted scrypt hashes and rejects duplicates and bad roles', async () => {
      const user = await store.users.create({
        login: 'ann',
        password: 'correct horse',
        role: 'analyst',
        districts: [],
      });
      expect(user.role).toBe('analyst');
      const stored = await store.users.findByLogin('ann');
      expect(stored?.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect(await verifyPassword('correct horse', stored?.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword('wrong horse!', stored?.passwordHash ?? '')).toBe(false);
      await expect(
        store.users.create({ login: 'ann', password: 'whatever1', role: 'analyst', districts: [] }),
      ).rejects.toMatchObject({
        code: 'BZ_STORE_USER_EXISTS',
      });
      await expect(
        store.users.create({ login: 'x', password: 'whatever1', role: 'chief', districts: [] }),
      ).rejects.toMatchObject({
        code: 'BZ_STORE_USER_INVALID',
      });
      await expect(
        store.users.create({
          login: 'o',
          password: 'whatever1',
          role: 'district_officer',
          districts: ['ALM-NOWHERE'],
        }),
      ).rejects.toMatchObject({ code: 'BZ_STORE_USER_INVALID' });
    });

    it('expires sessions', async () => {
      const user = await store.users.create({
        login: 'sess',
        password: 'password1',
        role: 'viewer',
        districts: [],
      });
      const live = await store.sessions.create(user.id, 'audit', 60_000);
      const dead = await store.sessions.create(user.id, null, -1000);
      expect((await store.sessions.find(live.token))?.userId).toBe(user.id);
      expect(await store.sessions.find(dead.token)).toBeNull();
      expect(await store.sessions.find('not-a-token')).toBeNull();
    });

    it('keeps the audit log append-only and hash-chained', async () => {
      const a = await store.audit.append({
        userId: null,
        login: 'x',
        action: 'person.read',
        target: '901123300258',
        purpose: 'p',
      });
      const b = await store.audit.append({
        userId: null,
        login: 'x',
        action: 'finding.read',
        target: 'abcd',
        purpose: 'p',
      });
      expect(b.prevHash).toBe(a.hash);
      expect(await store.audit.verify()).toMatchObject({ ok: true, entries: 2 });
      await expect(store.sql.query("UPDATE audit_log SET target = 'forged'")).rejects.toThrow(/append-only/);
      await expect(store.sql.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(store.sql.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      expect((await store.audit.page({}, 0, 10)).total).toBe(2);
    });

    it('writes concurrent appends as one chain, and a bad entry fails alone', async () => {
      const before = (await store.audit.page({}, 0, 1)).total;
      const entry = (i: number, target = `t${i}`) =>
        store.audit.append({ userId: null, login: 'x', action: 'person.read', target, purpose: 'p' });
      // A NUL character cannot be stored in PostgreSQL text: that entry's batch fails.
      const results = await Promise.allSettled([
        ...Array.from({ length: 20 }, (_, i) => entry(i)),
        entry(99, 'bad\u0000target'),
        ...Array.from({ length: 20 }, (_, i) => entry(100 + i)),
      ]);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
      expect(results[20]?.status).toBe('rejected');
      const seqs = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.seq] : []));
      expect(new Set(seqs).size).toBe(40);
      const log = await store.audit.page({}, before, 100);
      expect(log.items.map((e) => e.target)).toEqual([
        ...Array.from({ length: 20 }, (_, i) => `t${i}`),
        ...Array.from({ length: 20 }, (_, i) => `t${100 + i}`),
      ]);
      expect(await store.audit.verify()).toMatchObject({ ok: true });
    });

    it('ends sessions at logout, when the user is disabled and when the password is reset', async () => {
      const user = await store.users.create({
        login: 'revoked',
        password: 'password1',
        role: 'analyst',
        districts: [],
      });
      const a = await store.sessions.create(user.id, null, 60_000);
      const b = await store.sessions.create(user.id, null, 60_000);
      // Resolved twice: the second answer may come from the embedded store's cache.
      for (let i = 0; i < 2; i++) expect((await store.sessions.resolve(a.token))?.user.login).toBe('revoked');
      await store.sessions.delete(a.token);
      expect(await store.sessions.resolve(a.token)).toBeNull();
      expect(await store.sessions.resolve(b.token)).not.toBeNull();
      await store.users.setDisabled(user.id, true);
      expect(await store.sessions.resolve(b.token)).toBeNull();
      await store.users.setDisabled(user.id, false);
      expect(await store.sessions.resolve(b.token)).not.toBeNull();
      await store.users.setPassword(user.id, 'password2');
      expect(await store.sessions.deleteForUser(user.id)).toBe(1);
      expect(await store.sessions.resolve(b.token)).toBeNull();
      const short = await store.sessions.create(user.id, null, 50);
      expect(await store.sessions.resolve(short.token)).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(await store.sessions.resolve(short.token)).toBeNull();
    });

    it('detects a forged chain when the trigger is bypassed', async () => {
      // A database superuser can drop the trigger; the hash chain still tells.
      await store.sql.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      await store.sql.query(
        "UPDATE audit_log SET target = 'forged' WHERE seq = (SELECT min(seq) FROM audit_log)",
      );
      await store.sql.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
      const result = await store.audit.verify();
      expect(result.ok).toBe(false);
      expect(result.brokenAt).not.toBeNull();
    });
  });
}
