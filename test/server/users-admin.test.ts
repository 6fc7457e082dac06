import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../store/store-backends';
import { signIn, startFixture, USERS, type Fixture } from './server-fixture';

/**
 * An administrator disables an account or resets its password. Either ends the user's
 * open sessions at once (a session cached by the server included), is refused to other
 * roles, and is written to the audit log without the password.
 */
for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`user administration on ${backend.name}`, () => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await startFixture(backend, { loginAttemptsPerMinute: 1000 });
    });
    afterAll(async () => {
      await fx?.close();
    });

    const idOf = async (login: string): Promise<number> => {
      const user = await fx.store.users.findByLogin(login);
      if (!user) throw new Error(`no user ${login}`);
      return user.id;
    };
    const me = (headers: Record<string, string>) =>
      fx.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    const login = (who: 'officerB' | 'viewer', password: string) =>
      fx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: USERS[who].login, password },
      });

    it('disables an account: its live session ends, it cannot sign in, and enabling restores it', async () => {
      const admin = await signIn(fx.app, 'admin');
      const officer = await signIn(fx.app, 'officerB');
      // Twice, so the session is surely in the server's cache before the account is disabled.
      expect((await me(officer.headers)).statusCode).toBe(200);
      expect((await me(officer.headers)).statusCode).toBe(200);
      const id = await idOf(USERS.officerB.login);
      const disabled = await fx.app.inject({
        method: 'PUT',
        url: `/api/users/${id}/disabled`,
        headers: admin.headers,
        payload: { disabled: true },
      });
      expect(disabled.statusCode).toBe(200);
      expect(disabled.json()).toMatchObject({ login: USERS.officerB.login, disabled: true });
      expect((await me(officer.headers)).statusCode).toBe(401);
      expect((await login('officerB', USERS.officerB.password)).statusCode).toBe(401);

      const enabled = await fx.app.inject({
        method: 'PUT',
        url: `/api/users/${id}/disabled`,
        headers: admin.headers,
        payload: { disabled: false },
      });
      expect(enabled.json()).toMatchObject({ disabled: false });
      expect((await login('officerB', USERS.officerB.password)).statusCode).toBe(200);

      const log = await fx.store.audit.page({ target: USERS.officerB.login }, 0, 100);
      expect(log.items.map((e) => [e.login, e.action])).toEqual(
        expect.arrayContaining([
          ['admin', 'user.disabled'],
          ['admin', 'user.enabled'],
        ]),
      );
    });

    it('resets a password: old sessions and the old password stop working, the new one works', async () => {
      const admin = await signIn(fx.app, 'admin');
      const viewer = await signIn(fx.app, 'viewer');
      expect((await me(viewer.headers)).statusCode).toBe(200);
      const id = await idOf(USERS.viewer.login);
      const reset = await fx.app.inject({
        method: 'PUT',
        url: `/api/users/${id}/password`,
        headers: admin.headers,
        payload: { password: 'a-brand-new-pass' },
      });
      expect(reset.statusCode).toBe(200);
      expect((await me(viewer.headers)).statusCode).toBe(401);
      expect((await login('viewer', USERS.viewer.password)).statusCode).toBe(401);
      expect((await login('viewer', 'a-brand-new-pass')).statusCode).toBe(200);
      const stored = await fx.store.users.findByLogin(USERS.viewer.login);
      expect(stored?.passwordHash).toMatch(/^scrypt\$/);
      const log = await fx.store.audit.page({ action: 'user.password_reset' }, 0, 10);
      expect(log.items).toHaveLength(1);
      expect(JSON.stringify(log.items[0])).not.toContain('a-brand-new-pass');
    });

    it('is for administrators only, checks CSRF, and refuses to lock the administrator out', async () => {
      const admin = await signIn(fx.app, 'admin');
      const analyst = await signIn(fx.app, 'analyst');
      const id = await idOf(USERS.auditor.login);
      for (const url of [`/api/users/${id}/disabled`, `/api/users/${id}/password`]) {
        const payload = url.endsWith('disabled') ? { disabled: true } : { password: 'whatever-123' };
        expect(
          (await fx.app.inject({ method: 'PUT', url, headers: analyst.headers, payload })).statusCode,
        ).toBe(403);
        const { 'x-csrf-token': _csrf, ...noCsrf } = admin.headers;
        expect((await fx.app.inject({ method: 'PUT', url, headers: noCsrf, payload })).statusCode).toBe(403);
      }
      const self = await fx.app.inject({
        method: 'PUT',
        url: `/api/users/${await idOf(USERS.admin.login)}/disabled`,
        headers: admin.headers,
        payload: { disabled: true },
      });
      expect(self.statusCode).toBe(400);
      const missing = await fx.app.inject({
        method: 'PUT',
        url: '/api/users/99999/disabled',
        headers: admin.headers,
        payload: { disabled: true },
      });
      expect(missing.statusCode).toBe(404);
    });

    it('ends a session at logout even when it was cached', async () => {
      const s = await signIn(fx.app, 'auditor');
      expect((await me(s.headers)).statusCode).toBe(200);
      expect((await me(s.headers)).statusCode).toBe(200);
      const out = await fx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
      expect(out.statusCode).toBe(200);
      expect((await me(s.headers)).statusCode).toBe(401);
    });
  });
}
