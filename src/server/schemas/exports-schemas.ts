import { Type, type Static } from '@sinclair/typebox';

/** Lists that can be exported; each takes the query of its list endpoint. */
export const EXPORT_LISTS = [
  'findings',
  'out-01',
  'osms-03',
  'no-phc-visit',
  'indicators',
  'audit',
  'cases',
] as const;
export const ExportListSchema = Type.Union(EXPORT_LISTS.map((l) => Type.Literal(l)));
export type ExportList = Static<typeof ExportListSchema>;
export const ExportParamsSchema = Type.Object({ list: ExportListSchema });
export const ExportFormatSchema = Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]);
export type ExportFormat = Static<typeof ExportFormatSchema>;
/** GET /api/exports/:list?format=csv|xlsx&<the list's filters>: a streamed file (attachment). */
export const ExportQuerySchema = Type.Object(
  { format: ExportFormatSchema },
  { additionalProperties: Type.Union([Type.String(), Type.Number(), Type.Boolean()]) },
);
