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
