import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { REGISTRY_NAMES } from '../../registries/catalog';
import { ErrorBodySchema, PagingQuerySchema } from './common-schemas';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const ImportJobSchema = Type.Object({
  id: Type.String(),
  status: Type.Union(JOB_STATUSES.map((s) => Type.Literal(s))),
  startedBy: Type.String(),
  createdAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  files: Type.Array(Type.String()),
  /** Latest progress event of ingest/verify. */
  progress: Type.Union([
    Type.Object({
      stage: Type.String(),
      done: Type.Number(),
      total: Type.Union([Type.Number(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  runId: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([ErrorBodySchema, Type.Null()]),
});
export type ImportJob = Static<typeof ImportJobSchema>;
export const ImportJobParamsSchema = Type.Object({ jobId: Type.String({ pattern: '^[0-9a-f-]{8,64}$' }) });
export const ImportJobsResponseSchema = Type.Object({ items: Type.Array(ImportJobSchema) });
/** POST /api/imports takes multipart/form-data: registry files (`population.csv`, ...) or one `.zip`; optional field `asOf` (YYYY-MM-DD). */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** How one header of a file is read (HeaderAssignment of src/ingest/headers/resolve-headers.ts). */
export const HeaderAssignmentSchema = Type.Object({
  /** 0-based position of the column in the file. */
  index: Type.Integer(),
  header: Type.String(),
  /** The canonical column, or null when skipped or unknown. */
  column: Nullable(Type.String()),
  source: Type.Union(['catalog', 'mapping', 'ignored', 'empty', 'unknown'].map((s) => Type.Literal(s))),
});
export type HeaderAssignmentBody = Static<typeof HeaderAssignmentSchema>;

export const RegistryNameSchema = Type.Union(REGISTRY_NAMES.map((r) => Type.Literal(r)));

/** GET /api/imports/:jobId/summary: the LoadSummary of src/ingest/load-summary.ts, kept with the job. */
export const FileLoadSummarySchema = Type.Object({
  registry: RegistryNameSchema,
  file: Type.String(),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  /** `utf-8`, `utf-8-bom`, `windows-1251`, `utf-16le`, or `xlsx`. */
  encoding: Type.String(),
  /** `,` `;` or a tab; null for XLSX. */
  delimiter: Nullable(Type.String()),
  rowsRead: Type.Integer(),
  rowsLoaded: Type.Integer(),
  rowsQuarantined: Type.Integer(),
  iinsRestored: Type.Integer(),
  /** Absent from summaries kept by versions before it was recorded. */
  lineNumbers: Type.Optional(Type.Union([Type.Literal('read_in_place'), Type.Literal('staged_copy')])),
  headerMapping: Type.Array(HeaderAssignmentSchema),
  ms: Type.Number(),
  /** Absent from summaries kept by versions before it was recorded. */
  phaseMs: Type.Optional(Type.Object({ staging: Type.Number(), parse: Type.Number(), write: Type.Number() })),
});
export const LoadSummarySchema = Type.Object({
  snapshotId: Type.String(),
  sourceDir: Type.String(),
  loadedAt: Type.String(),
  files: Type.Array(FileLoadSummarySchema),
  absent: Type.Array(RegistryNameSchema),
  ignoredFiles: Type.Array(Type.String()),
  mappingFiles: Type.Array(Type.String()),
  totals: Type.Object({
    rowsRead: Type.Integer(),
    rowsLoaded: Type.Integer(),
    rowsQuarantined: Type.Integer(),
    iinsRestored: Type.Integer(),
  }),
  totalMs: Type.Number(),
});
export type LoadSummaryBody = Static<typeof LoadSummarySchema>;

/** GET /api/imports/:jobId/quarantine?offset&limit: rows the job's load set aside, in file and line order. */
export const QuarantineItemSchema = Type.Object({
  registry: Type.String(),
  file: Type.String(),
  line: Type.Integer(),
  column: Nullable(Type.String()),
  value: Nullable(Type.String()),
  reason: Type.String(),
});
export type QuarantineItem = Static<typeof QuarantineItemSchema>;
export const QuarantineQuerySchema = PagingQuerySchema;
export type QuarantineQuery = Static<typeof QuarantineQuerySchema>;
export const QuarantinePageSchema = Type.Object({
  total: Type.Integer(),
  items: Type.Array(QuarantineItemSchema),
});
export type QuarantinePage = Static<typeof QuarantinePageSchema>;

/**
 * GET /api/imports/:jobId/headers: when a job's headers were refused (BZ_INGEST_UNKNOWN_HEADER,
 * BZ_INGEST_MISSING_COLUMN, BZ_INGEST_DUPLICATE_COLUMN), how each uploaded file's headers were
 * read (proposeHeaderMapping), so the imports page can map the unknown ones and upload again.
 */
export const HeaderProposalSchema = Type.Object({
  registry: RegistryNameSchema,
  /** File name as uploaded. */
  file: Type.String(),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  encoding: Type.String(),
  delimiter: Nullable(Type.String()),
  rawHeaders: Type.Array(Type.String()),
  headers: Type.Array(HeaderAssignmentSchema),
  unknown: Type.Array(Type.String()),
  missingRequired: Type.Array(Type.String()),
  duplicates: Type.Array(Type.Object({ column: Type.String(), headers: Type.Array(Type.String()) })),
});
export type HeaderProposalBody = Static<typeof HeaderProposalSchema>;
export const HeaderProposalsResponseSchema = Type.Object({ files: Type.Array(HeaderProposalSchema) });
export type HeaderProposalsResponse = Static<typeof HeaderProposalsResponseSchema>;

/**
 * POST /api/header-mappings: point a header the catalog does not know at a canonical column
 * of the registry (src/registries/catalog.ts), or `ignore` it. Kept in the data folder's
 * mapping file, merged over config/header-mapping.json by the next import.
 */
export const HeaderMappingBodySchema = Type.Object({
  registry: RegistryNameSchema,
  header: Type.String({ minLength: 1, maxLength: 200 }),
  /** A canonical column of `registry`, or `ignore` (checked against the catalog by the route). */
  column: Type.String({ minLength: 1, maxLength: 100 }),
});
export type HeaderMappingBody = Static<typeof HeaderMappingBodySchema>;
export const HeaderMappingResponseSchema = Type.Object({
  saved: HeaderMappingBodySchema,
  /** Every entry of the data folder's mapping, registry by registry. */
  mapping: Type.Record(Type.String(), Type.Record(Type.String(), Type.String())),
});
export type HeaderMappingResponse = Static<typeof HeaderMappingResponseSchema>;
