import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  BulkAssignBody,
  BulkAssignResponse,
  CaseDetail,
} from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/cases/:caseId/assign. */
export function assignCase(caseId: number, assigneeId: number): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}/assign`, { method: 'POST', body: { assigneeId } });
}

/**
 * Bulk assign, POST /api/cases/assign: the server opens cases where needed and assigns them
 * all, or none (a finding outside the user's districts fails the whole request).
 */
export async function assignFindings(
  findings: readonly { readonly findingId: string; readonly caseId: number | null }[],
  assigneeId: number,
): Promise<number> {
  const body: BulkAssignBody = { findingIds: findings.map((f) => f.findingId), assigneeId };
  const result = await apiRequest<BulkAssignResponse>('/cases/assign', { method: 'POST', body });
  return result.items.length;
}

export function useAssignFindings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { findings: Parameters<typeof assignFindings>[0]; assigneeId: number }) =>
      assignFindings(input.findings, input.assigneeId),
    onSettled: () => client.invalidateQueries({ queryKey: ['findings'] }),
  });
}
