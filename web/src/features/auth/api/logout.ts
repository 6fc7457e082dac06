import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { SESSION_QUERY_KEY } from '../../../lib/session';

/** POST /api/auth/logout. */
export async function logout(): Promise<void> {
  await apiRequest<{ ok: boolean }>('/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Keep the session query (its observers must see null), drop everything else read.
      client.setQueryData(SESSION_QUERY_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] });
    },
  });
}
