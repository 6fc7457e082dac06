import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PurposeBody, SessionResponse } from '../../../../../src/server/schemas/auth-schemas';
import { apiRequest } from '../../../lib/api-client';
import { SESSION_QUERY_KEY } from '../../../lib/session';

/** PUT /api/auth/purpose: the session's purpose of access from now on. */
export function setPurpose(purpose: string): Promise<PurposeBody> {
  return apiRequest<PurposeBody>('/auth/purpose', { method: 'PUT', body: { purpose } });
}

export function useSetPurpose() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setPurpose,
    onSuccess: ({ purpose }) =>
      client.setQueryData<SessionResponse | null>(SESSION_QUERY_KEY, (s) => (s ? { ...s, purpose } : s)),
  });
}
