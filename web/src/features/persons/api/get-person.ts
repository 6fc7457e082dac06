import { useQuery } from '@tanstack/react-query';
import type { PersonCard } from '../../../../../src/server/schemas/persons-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/persons/:iin with the purpose of access (audit log, law 94-V). */
export function getPerson(iin: string, purpose: string): Promise<PersonCard> {
  return apiRequest<PersonCard>(`/persons/${encodeURIComponent(iin)}`, { purpose });
}

/** Disabled until the purpose has been stated. */
export function usePerson(iin: string, purpose: string | null) {
  return useQuery({
    queryKey: ['person', iin, purpose],
    queryFn: () => getPerson(iin, purpose ?? ''),
    enabled: !!purpose,
  });
}
