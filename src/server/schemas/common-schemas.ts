import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../../store/roles';

/**
 * Shapes shared by every area of the API. These schema files are the single source of
 * the API types: the server validates and serialises with them, and the web app imports
 * their `Static<>` types, so the two can never drift apart.
 */
export const ErrorBodySchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  fix: Type.String(),
});
export type ErrorBody = Static<typeof ErrorBodySchema>;

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
export type Role = Static<typeof RoleSchema>;

export const LocalizedSchema = Type.Object({ kk: Type.String(), ru: Type.String(), en: Type.String() });

export const PagingQuerySchema = Type.Object({
  offset: Type.Integer({ minimum: 0, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
});

export const OkSchema = Type.Object({ ok: Type.Boolean() });

/** A registry row as the API returns it: values are printed (dates as YYYY-MM-DD, money as numbers). */
export const RowSchema = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
);
export type Row = Static<typeof RowSchema>;

/** Error responses every route may give; spread into a route's `response` schema. */
export const ERROR_RESPONSES = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  429: ErrorBodySchema,
  500: ErrorBodySchema,
} as const;
