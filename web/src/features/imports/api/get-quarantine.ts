import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QuarantinePage } from '../../../../../src/server/schemas/imports-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/imports/:jobId/quarantine?offset&limit: rows the job's load set aside (file, line, column, reason). */
export function getQuarantine(jobId: string, offset: number, limit: number): Promise<QuarantinePage> {
  return apiRequest<QuarantinePage>(`/imports/${encodeURIComponent(jobId)}/quarantine`, {
    query: { offset, limit },
  });
}

export function useQuarantine(jobId: string, offset: number, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: ['import-quarantine', jobId, offset, limit],
    queryFn: () => getQuarantine(jobId, offset, limit),
    enabled,
    placeholderData: keepPreviousData,
  });
}
