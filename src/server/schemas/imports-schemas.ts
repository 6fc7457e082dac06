import { Type, type Static } from '@sinclair/typebox';
import { ErrorBodySchema } from './common-schemas';

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
