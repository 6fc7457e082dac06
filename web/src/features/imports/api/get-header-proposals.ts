import { useQuery } from '@tanstack/react-query';
import type { HeaderProposalsResponse } from '../../../../../src/server/schemas/imports-schemas';
import { apiRequest } from '../../../lib/api-client';

/**
 * GET /api/imports/:jobId/headers: how each uploaded file's headers were read, kept when the
 * load refused them (BZ_INGEST_UNKNOWN_HEADER, ...), so unknown headers can be mapped.
 */
export function getHeaderProposals(jobId: string): Promise<HeaderProposalsResponse> {
  return apiRequest<HeaderProposalsResponse>(`/imports/${encodeURIComponent(jobId)}/headers`);
}

export function useHeaderProposals(jobId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['import-headers', jobId],
    queryFn: () => getHeaderProposals(jobId),
    enabled,
  });
}
