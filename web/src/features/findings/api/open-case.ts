import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/cases: open (or return the open) case of a finding. */
export function openCase(findingId: string): Promise<CaseDetail> {
  return apiRequest<CaseDetail>('/cases', { method: 'POST', body: { findingId } });
}

export function useOpenCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: openCase,
    onSuccess: () => client.invalidateQueries({ queryKey: ['findings'] }),
  });
}
