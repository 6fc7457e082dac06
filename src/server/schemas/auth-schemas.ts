import { Type, type Static } from '@sinclair/typebox';
import { RoleSchema } from './common-schemas';

export const UserInfoSchema = Type.Object({
  id: Type.Integer(),
  login: Type.String(),
  role: RoleSchema,
  /** District codes a district officer works on; empty for the other roles (all districts). */
  districts: Type.Array(Type.String()),
});
export type UserInfo = Static<typeof UserInfoSchema>;

/** Law 94-V: personal data only for a stated purpose. Chosen at login, overridable per request (`x-access-purpose`). */
export const PurposeSchema = Type.String({ minLength: 3, maxLength: 200 });

export const LoginBodySchema = Type.Object({
  login: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
  purpose: Type.Optional(PurposeSchema),
});
export type LoginBody = Static<typeof LoginBodySchema>;

export const SessionResponseSchema = Type.Object({
  user: UserInfoSchema,
  /** Send back in the `x-csrf-token` header on every POST/PUT/PATCH/DELETE. */
  csrfToken: Type.String(),
  purpose: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.String(),
});
export type SessionResponse = Static<typeof SessionResponseSchema>;

export const PurposeBodySchema = Type.Object({ purpose: PurposeSchema });
export type PurposeBody = Static<typeof PurposeBodySchema>;

export const CreateUserBodySchema = Type.Object({
  login: Type.String({ minLength: 2, maxLength: 100, pattern: '^[A-Za-z0-9._@-]+$' }),
  password: Type.String({ minLength: 8, maxLength: 200 }),
  role: RoleSchema,
  districts: Type.Array(Type.String(), { default: [] }),
});
export type CreateUserBody = Static<typeof CreateUserBodySchema>;

export const UsersResponseSchema = Type.Object({ items: Type.Array(UserInfoSchema) });
export type UsersResponse = Static<typeof UsersResponseSchema>;

export const UserIdParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type UserIdParams = Static<typeof UserIdParamsSchema>;

/** An account as an administrator manages it. */
export const UserAccountSchema = Type.Composite([UserInfoSchema, Type.Object({ disabled: Type.Boolean() })]);
export type UserAccount = Static<typeof UserAccountSchema>;

export const DisableUserBodySchema = Type.Object({ disabled: Type.Boolean() });
export type DisableUserBody = Static<typeof DisableUserBodySchema>;

export const ResetPasswordBodySchema = Type.Object({
  password: Type.String({ minLength: 8, maxLength: 200 }),
});
export type ResetPasswordBody = Static<typeof ResetPasswordBodySchema>;
