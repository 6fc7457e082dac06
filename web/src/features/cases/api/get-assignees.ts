import { useQuery } from '@tanstack/react-query';
import type { Static } from '@sinclair/typebox';
import type { AssigneesResponseSchema } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';

export type AssigneesResponse = Static<typeof AssigneesResponseSchema>;

/** GET /api/users/assignees: the users a case can be given to. */
export function getAssignees(): Promise<AssigneesResponse> {
  return apiRequest<AssigneesResponse>('/users/assignees');
}

export function useAssignees() {
  return useQuery({ queryKey: ['assignees'], queryFn: getAssignees, staleTime: 5 * 60_000 });
}
