import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Row } from '../../../../../src/server/schemas/common-schemas';
import { apiRequest } from '../../../lib/api-client';

/** The quarantine page: rows of `_quarantine` (registry, file, line, column, value, reason). */
export interface QuarantinePage {
  readonly total: number;
  readonly items: readonly Row[];
}

/** GET /api/imports/:jobId/quarantine?offset&limit. */
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
