import { useQuery } from '@tanstack/react-query';
import type { LoadSummary } from '../../../../../src/ingest/load-summary';
import { apiRequest } from '../../../lib/api-client';

/**
 * GET /api/imports/:jobId/summary: what the load did per file (rows read/loaded/quarantined,
 * IINs restored, how each header was read). Typed by ingest's own LoadSummary.
 */
export function getLoadSummary(jobId: string): Promise<LoadSummary> {
  return apiRequest<LoadSummary>(`/imports/${encodeURIComponent(jobId)}/summary`);
}

export function useLoadSummary(jobId: string, enabled: boolean) {
  return useQuery({ queryKey: ['import-summary', jobId], queryFn: () => getLoadSummary(jobId), enabled });
}
