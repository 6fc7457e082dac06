import { Navigate, useLocation } from 'react-router-dom';
import { ErrorMessage, Loading } from '../components/query-state';
import { useSession } from '../lib/session';
import { AppLayout } from './layout';

/** Signed-in pages: without a session, go to the login page and come back after. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.error) return <ErrorMessage error={session.error} />;
  if (!session.data)
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <AppLayout session={session.data} />;
}
