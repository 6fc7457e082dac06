import { districtByCode } from '../core/districts';
import { BirtizimError } from '../core/errors/birtizim-error';
import { hashPassword } from './password-hash';
import { isRole, type Role } from './roles';
import { NO_SESSION_CACHE, type SessionCache } from './session-cache';
import type { SqlExecutor } from './sql-client';

export interface User {
  readonly id: number;
  readonly login: string;
  readonly role: Role;
  readonly districts: readonly string[];
}

export interface UserWithHash extends User {
  readonly passwordHash: string;
  readonly disabled: boolean;
}

export interface NewUser {
  readonly login: string;
  readonly password: string;
  readonly role: string;
  readonly districts: readonly string[];
}

interface UserRow {
  id: number;
  login: string;
  role: Role;
  districts: string[];
  password_hash: string;
  disabled: boolean;
}

const toUser = (r: UserRow): UserWithHash => ({
  id: r.id,
  login: r.login,
  role: r.role,
  districts: r.districts,
  passwordHash: r.password_hash,
  disabled: r.disabled,
});

export function publicUser(user: User): User {
  return { id: user.id, login: user.login, role: user.role, districts: user.districts };
}

/** Check a new user whole, listing every problem at once. */
export function validateNewUser(user: NewUser): void {
  const problems: string[] = [];
  if (!isRole(user.role)) problems.push(`unknown role "${user.role}"`);
  if (user.password.length < 8) problems.push('password shorter than 8 characters');
  const unknown = user.districts.filter((d) => !districtByCode(d));
  if (unknown.length > 0) problems.push(`unknown district codes: ${unknown.join(', ')}`);
  if (user.role === 'district_officer' && user.districts.length === 0)
    problems.push('a district officer needs --district');
  if (user.role !== 'district_officer' && user.districts.length > 0)
    problems.push('only district officers have districts');
  if (problems.length > 0) throw new BirtizimError('BZ_STORE_USER_INVALID', { detail: problems.join('; ') });
}

/** A user as an administrator lists them: with whether the account is disabled. */
export interface UserAccount extends User {
  readonly disabled: boolean;
}

/** Check a new password alone (a reset), as `validateNewUser` does for a new account. */
export function validatePassword(password: string): void {
  if (password.length < 8)
    throw new BirtizimError('BZ_STORE_USER_INVALID', { detail: 'password shorter than 8 characters' });
}

/**
 * Users. Disabling a user or changing their password drops their cached sessions (see
 * session-cache.ts) before it returns, so the very next request of that user is refused.
 */
export function userRepository(db: SqlExecutor, cache: SessionCache = NO_SESSION_CACHE) {
  return {
    async create(user: NewUser): Promise<User> {
      validateNewUser(user);
      const hash = await hashPassword(user.password);
      const rows = await db.query<UserRow>(
        `INSERT INTO users (login, role, districts, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (login) DO NOTHING RETURNING *`,
        [user.login, user.role, [...user.districts], hash],
      );
      const row = rows[0];
      if (!row) throw new BirtizimError('BZ_STORE_USER_EXISTS', { login: user.login });
      return publicUser(toUser(row));
    },
    async findByLogin(login: string): Promise<UserWithHash | null> {
      const rows = await db.query<UserRow>('SELECT * FROM users WHERE login = $1', [login]);
      return rows[0] ? toUser(rows[0]) : null;
    },
    async findById(id: number): Promise<User | null> {
      const rows = await db.query<UserRow>('SELECT * FROM users WHERE id = $1 AND NOT disabled', [id]);
      return rows[0] ? publicUser(toUser(rows[0])) : null;
    },
    async list(): Promise<User[]> {
      const rows = await db.query<UserRow>('SELECT * FROM users ORDER BY id');
      return rows.map((r) => publicUser(toUser(r)));
    },
    async accounts(): Promise<UserAccount[]> {
      const rows = await db.query<UserRow>('SELECT * FROM users ORDER BY id');
      return rows.map((r) => ({ ...publicUser(toUser(r)), disabled: r.disabled }));
    },
    /** Disable or re-enable an account; null when there is no such user. */
    async setDisabled(id: number, disabled: boolean): Promise<UserAccount | null> {
      const rows = await db.query<UserRow>('UPDATE users SET disabled = $2 WHERE id = $1 RETURNING *', [
        id,
        disabled,
      ]);
      cache.deleteUser(id);
      return rows[0] ? { ...publicUser(toUser(rows[0])), disabled: rows[0].disabled } : null;
    },
    /** Replace a user's password (scrypt, new salt); their login, or null when there is no such user. */
    async setPassword(id: number, password: string): Promise<string | null> {
      validatePassword(password);
      const hash = await hashPassword(password);
      const rows = await db.query<{ login: string }>(
        'UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING login',
        [id, hash],
      );
      cache.deleteUser(id);
      return rows[0]?.login ?? null;
    },
  };
}
export type UserRepository = ReturnType<typeof userRepository>;
