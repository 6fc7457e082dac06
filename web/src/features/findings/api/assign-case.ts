import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/cases/:caseId/assign. */
export function assignCase(caseId: number, assigneeId: number): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(`/cases/${caseId}/assign`, { method: 'POST', body: { assigneeId } });
}

/**
 * Bulk assign: the API assigns one case at a time, so the selected findings are opened as
 * cases where needed and assigned one after the other.
 */
export async function assignFindings(
  findings: readonly { readonly findingId: string; readonly caseId: number | null }[],
  assigneeId: number,
): Promise<number> {
  let done = 0;
  for (const finding of findings) {
    const caseId =
      finding.caseId ??
      (await apiRequest<CaseDetail>('/cases', { method: 'POST', body: { findingId: finding.findingId } }))
        .case.id;
    await assignCase(caseId, assigneeId);
    done += 1;
  }
  return done;
}

export function useAssignFindings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { findings: Parameters<typeof assignFindings>[0]; assigneeId: number }) =>
      assignFindings(input.findings, input.assigneeId),
    onSettled: () => client.invalidateQueries({ queryKey: ['findings'] }),
  });
}
