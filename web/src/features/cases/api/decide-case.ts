import type { CaseDetail, DecisionBody } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';
import { useCaseMutation } from './case-mutation';

/** POST /api/cases/:caseId/decision: confirmed, or dismissed with a reason from the list. */
export function decideCase(caseId: number, body: DecisionBody): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}/decision`, { method: 'POST', body });
}

export function useDecideCase(caseId: number) {
  return useCaseMutation(caseId, (body: DecisionBody) => decideCase(caseId, body));
}
