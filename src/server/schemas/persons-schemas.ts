import { Type, type Static } from '@sinclair/typebox';
import { RowSchema } from './common-schemas';
import { FindingSummarySchema } from './findings-schemas';

export const IinParamsSchema = Type.Object({ iin: Type.String({ pattern: '^\\d{12}$' }) });

/** What one registry says about the person: every row that names the IIN, in any IIN column. */
export const RegistryRowsSchema = Type.Object({
  registry: Type.String(),
  /** IIN columns matched, e.g. `iin`, `applicant_iin`, `doctor_iin`. */
  matchedColumns: Type.Array(Type.String()),
  columns: Type.Array(Type.String()),
  rows: Type.Array(RowSchema),
});
export type RegistryRows = Static<typeof RegistryRowsSchema>;

export const PersonCardSchema = Type.Object({
  iin: Type.String(),
  district: Type.Union([Type.String(), Type.Null()]),
  /** The `population` row, or null when the IIN is unknown to the register (REG-02). */
  population: Type.Union([RowSchema, Type.Null()]),
  registries: Type.Array(RegistryRowsSchema),
  findings: Type.Array(FindingSummarySchema),
});
export type PersonCard = Static<typeof PersonCardSchema>;

export const PersonSearchQuerySchema = Type.Object({
  q: Type.String({ minLength: 2, maxLength: 60, description: 'IIN prefix or last name prefix' }),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
});
export const PersonHitSchema = Type.Object({
  iin: Type.String(),
  lastName: Type.Union([Type.String(), Type.Null()]),
  firstName: Type.Union([Type.String(), Type.Null()]),
  birthDate: Type.Union([Type.String(), Type.Null()]),
  district: Type.Union([Type.String(), Type.Null()]),
});
export type PersonHit = Static<typeof PersonHitSchema>;
export const PersonSearchResponseSchema = Type.Object({ items: Type.Array(PersonHitSchema) });
export type PersonSearchResponse = Static<typeof PersonSearchResponseSchema>;
