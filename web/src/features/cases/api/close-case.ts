import type { CaseDetail } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';
import { useCaseMutation } from './case-mutation';

/** POST /api/cases/:caseId/close: a decided case is closed when nothing is left to do. */
export function closeCase(caseId: number): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}/close`, { method: 'POST' });
}

export function useCloseCase(caseId: number) {
  return useCaseMutation(caseId, () => closeCase(caseId));
}
