import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CasesPage, CasesQuery } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/cases: cases by status, rule, district, assignee. */
export function getCases(query: CasesQuery): Promise<CasesPage> {
  return apiRequest<CasesPage>('/cases', { query });
}

export function useCases(query: CasesQuery, enabled = true) {
  return useQuery({
    queryKey: ['cases', query],
    queryFn: () => getCases(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
