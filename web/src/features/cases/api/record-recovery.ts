import type { CaseDetail } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';
import { useCaseMutation } from './case-mutation';

/** POST /api/cases/:caseId/recovery: the amount actually recovered. */
export function recordRecovery(caseId: number, amountRecoveredKzt: number): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}/recovery`, {
    method: 'POST',
    body: { amountRecoveredKzt },
  });
}

export function useRecordRecovery(caseId: number) {
  return useCaseMutation(caseId, (amount: number) => recordRecovery(caseId, amount));
}
