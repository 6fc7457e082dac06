import { useQuery } from '@tanstack/react-query';
import type { FindingDetail } from '../../../../../src/server/schemas/findings-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/findings/:findingId: the finding with its evidence and the rule that produced it. */
export function getFinding(findingId: string, runId?: string): Promise<FindingDetail> {
  return apiRequest<FindingDetail>(`/findings/${encodeURIComponent(findingId)}`, { query: { runId } });
}

export function useFinding(findingId: string, runId?: string) {
  return useQuery({ queryKey: ['finding', findingId, runId], queryFn: () => getFinding(findingId, runId) });
}
