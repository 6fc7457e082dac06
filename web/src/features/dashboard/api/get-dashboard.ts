import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../../../../src/server/schemas/dashboard-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/dashboard: per district totals by rule family, indicators, trends, coverage. */
export function getDashboard(runId?: string): Promise<Dashboard> {
  return apiRequest<Dashboard>('/dashboard', { query: { runId } });
}

export function useDashboard(runId?: string) {
  return useQuery({ queryKey: ['dashboard', runId], queryFn: () => getDashboard(runId) });
}
