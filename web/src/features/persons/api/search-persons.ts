import { useQuery } from '@tanstack/react-query';
import type { PersonSearchResponse } from '../../../../../src/server/schemas/persons-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/persons?q=: IIN prefix or last-name prefix. */
export function searchPersons(q: string): Promise<PersonSearchResponse> {
  return apiRequest<PersonSearchResponse>('/persons', { query: { q, limit: 20 } });
}

export function useSearchPersons(q: string) {
  return useQuery({
    queryKey: ['person-search', q],
    queryFn: () => searchPersons(q),
    enabled: q.trim().length >= 2,
  });
}
