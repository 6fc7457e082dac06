import { useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '../../../src/server/schemas/auth-schemas';
import { ApiError, apiRequest, setCsrfToken } from './api-client';

export const SESSION_QUERY_KEY = ['session'] as const;

/** The current session, or null when logged out. Keeps the CSRF token for later requests. */
export async function getSession(): Promise<SessionResponse | null> {
  try {
    const session = await apiRequest<SessionResponse>('/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: getSession, staleTime: 5 * 60_000 });
}
