import { useQuery } from '@tanstack/react-query';
import type { Static } from '@sinclair/typebox';
import type { ImportJobsResponseSchema } from '../../../../../src/server/schemas/imports-schemas';
import { apiRequest } from '../../../lib/api-client';

export type ImportJobsResponse = Static<typeof ImportJobsResponseSchema>;

/** GET /api/imports: recent import jobs. */
export function getImportJobs(): Promise<ImportJobsResponse> {
  return apiRequest<ImportJobsResponse>('/imports');
}

export function useImportJobs() {
  return useQuery({ queryKey: ['imports'], queryFn: getImportJobs });
}
