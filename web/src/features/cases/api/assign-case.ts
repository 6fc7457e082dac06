import type { CaseDetail } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';
import { useCaseMutation } from './case-mutation';

/** POST /api/cases/:caseId/assign. */
export function assignCase(caseId: number, assigneeId: number): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}/assign`, { method: 'POST', body: { assigneeId } });
}

export function useAssignCase(caseId: number) {
  return useCaseMutation(caseId, (assigneeId: number) => assignCase(caseId, assigneeId));
}
