import { useQuery } from '@tanstack/react-query';
import type { LoadSummaryBody } from '../../../../../src/server/schemas/imports-schemas';
import { apiRequest } from '../../../lib/api-client';

/**
 * GET /api/imports/:jobId/summary: what the load did per file (rows read/loaded/quarantined,
 * IINs restored, how each header was read).
 */
export function getLoadSummary(jobId: string): Promise<LoadSummaryBody> {
  return apiRequest<LoadSummaryBody>(`/imports/${encodeURIComponent(jobId)}/summary`);
}

export function useLoadSummary(jobId: string, enabled: boolean) {
  return useQuery({ queryKey: ['import-summary', jobId], queryFn: () => getLoadSummary(jobId), enabled });
}
