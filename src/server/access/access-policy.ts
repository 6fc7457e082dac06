import { BirtizimError } from '../../core/errors/birtizim-error';
import type { Role } from '../../store/roles';
import type { User } from '../../store/user-repository';

/**
 * What each role may do. Every route declares the capability it needs
 * (`config.access`); the auth plugin enforces it before the handler runs.
 */
export const CAPABILITIES = [
  'public',
  'session',
  'aggregates',
  'personal_data',
  'cases_write',
  'audit_read',
  'imports',
  'users_admin',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const GRANTS: Readonly<Record<Role, readonly Capability[]>> = {
  admin: ['session', 'aggregates', 'personal_data', 'cases_write', 'audit_read', 'imports', 'users_admin'],
  analyst: ['session', 'aggregates', 'personal_data', 'cases_write', 'imports'],
  district_officer: ['session', 'aggregates', 'personal_data', 'cases_write'],
  auditor: ['session', 'aggregates', 'personal_data', 'audit_read'],
  viewer: ['session', 'aggregates'],
};

export function can(role: Role, capability: Capability): boolean {
  return capability === 'public' || GRANTS[role].includes(capability);
}

export function requireCapability(user: User, capability: Capability): void {
  if (!can(user.role, capability))
    throw new BirtizimError('BZ_SERVER_FORBIDDEN', { role: user.role, what: capability });
}

/** Districts a user may see: null = all; a district officer only their own. */
export function userScope(user: User): readonly string[] | null {
  return user.role === 'district_officer' ? user.districts : null;
}

export function inScope(scope: readonly string[] | null, district: string | null | undefined): boolean {
  return scope === null || (district !== null && district !== undefined && scope.includes(district));
}
