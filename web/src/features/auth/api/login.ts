import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, SessionResponse } from '../../../../../src/server/schemas/auth-schemas';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { SESSION_QUERY_KEY } from '../../../lib/session';

/** POST /api/auth/login: sets the session cookie; the purpose is written to the audit log. */
export async function login(body: LoginBody): Promise<SessionResponse> {
  const session = await apiRequest<SessionResponse>('/auth/login', { method: 'POST', body });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] });
      client.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}
