import { Type, type Static } from '@sinclair/typebox';
import { RowSchema } from './common-schemas';

/** `out-01`: OUT-01 findings; `osms-03`: OSMS-03 findings; `no-phc-visit`: attached persons without a PHC service in 24 months. */
export const OUTREACH_LISTS = ['out-01', 'osms-03', 'no-phc-visit'] as const;
export const OutreachListSchema = Type.Union(OUTREACH_LISTS.map((l) => Type.Literal(l)));
export type OutreachList = Static<typeof OutreachListSchema>;

export const OutreachParamsSchema = Type.Object({ list: OutreachListSchema });
export const OutreachFilterSchema = Type.Object({
  district: Type.Optional(Type.String()),
  runId: Type.Optional(Type.String()),
});
export const OutreachQuerySchema = Type.Composite([
  OutreachFilterSchema,
  Type.Object({
    offset: Type.Integer({ minimum: 0, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  }),
]);
export type OutreachQuery = Static<typeof OutreachQuerySchema>;

export const OutreachItemSchema = Type.Object({
  subjectId: Type.String(),
  district: Type.Union([Type.String(), Type.Null()]),
  period: Type.Union([Type.String(), Type.Null()]),
  findingId: Type.Union([Type.String(), Type.Null()]),
  /** Why the person/household is on the list (finding evidence, or the attachment for no-phc-visit). */
  detail: Type.Union([RowSchema, Type.Unknown()]),
});
export type OutreachItem = Static<typeof OutreachItemSchema>;
export const OutreachPageSchema = Type.Object({
  list: OutreachListSchema,
  runId: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
  items: Type.Array(OutreachItemSchema),
});
export type OutreachPage = Static<typeof OutreachPageSchema>;
