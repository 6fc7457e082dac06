import { useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/cases/:caseId: the case and its history. */
export function getCase(caseId: number): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}`);
}

export function useCase(caseId: number) {
  return useQuery({ queryKey: ['case', caseId], queryFn: () => getCase(caseId) });
}
