import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  OutreachList,
  OutreachPage,
  OutreachQuery,
} from '../../../../../src/server/schemas/outreach-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/outreach/:list: people the state owes help to, per district. */
export function getOutreach(list: OutreachList, query: OutreachQuery): Promise<OutreachPage> {
  return apiRequest<OutreachPage>(`/outreach/${list}`, { query });
}

export function useOutreach(list: OutreachList, query: OutreachQuery) {
  return useQuery({
    queryKey: ['outreach', list, query],
    queryFn: () => getOutreach(list, query),
    placeholderData: keepPreviousData,
  });
}
