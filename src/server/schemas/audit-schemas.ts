import { Type, type Static } from '@sinclair/typebox';

export const AuditEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  userId: Type.Union([Type.Integer(), Type.Null()]),
  login: Type.Union([Type.String(), Type.Null()]),
  /** e.g. `person.read`, `finding.read`, `export.findings`, `case.decided`, `auth.login`. */
  action: Type.String(),
  /** What was read or changed: an IIN, a finding id, a case id, a list with its filter. */
  target: Type.String(),
  purpose: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Unknown(),
  prevHash: Type.String(),
  hash: Type.String(),
});
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const AuditFilterSchema = Type.Object({
  login: Type.Optional(Type.String()),
  action: Type.Optional(Type.String()),
  target: Type.Optional(Type.String()),
});
export const AuditQuerySchema = Type.Composite([
  AuditFilterSchema,
  Type.Object({
    offset: Type.Integer({ minimum: 0, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  }),
]);
export type AuditQuery = Static<typeof AuditQuerySchema>;
export const AuditPageSchema = Type.Object({ total: Type.Integer(), items: Type.Array(AuditEntrySchema) });
export type AuditPage = Static<typeof AuditPageSchema>;

export const AuditVerifySchema = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  /** The first entry whose hash does not match, or null. */
  brokenAt: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditVerify = Static<typeof AuditVerifySchema>;
