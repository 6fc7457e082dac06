import type { CaseDetail } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';
import { useCaseMutation } from './case-mutation';

/** POST /api/cases/:caseId/comments. */
export function commentCase(caseId: number, text: string): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}/comments`, { method: 'POST', body: { text } });
}

export function useCommentCase(caseId: number) {
  return useCaseMutation(caseId, (text: string) => commentCase(caseId, text));
}
