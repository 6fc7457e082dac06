import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FindingsPage, FindingsQuery } from '../../../../../src/server/schemas/findings-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/findings: one page of findings, filtered and sorted by the server. */
export function getFindings(query: FindingsQuery): Promise<FindingsPage> {
  return apiRequest<FindingsPage>('/findings', { query });
}

export function useFindings(query: FindingsQuery) {
  return useQuery({
    queryKey: ['findings', query],
    queryFn: () => getFindings(query),
    // keep the current rows on screen while the next page or filter loads
    placeholderData: keepPreviousData,
  });
}
