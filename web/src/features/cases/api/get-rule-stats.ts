import { useQuery } from '@tanstack/react-query';
import type { RuleStatsResponse } from '../../../../../src/server/schemas/cases-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/cases/stats: per rule, findings reviewed, confirmed, dismissed, hit rate, money. */
export function getRuleStats(): Promise<RuleStatsResponse> {
  return apiRequest<RuleStatsResponse>('/cases/stats');
}

export function useRuleStats() {
  return useQuery({ queryKey: ['rule-stats'], queryFn: getRuleStats });
}
