import { useQuery } from '@tanstack/react-query';
import type { Meta } from '../../../src/server/schemas/meta-schemas';
import { apiRequest } from './api-client';

/** Districts, the rule catalog (titles in kk/ru/en), roles and dismiss reasons: shared by every feature. */
export function getMeta(): Promise<Meta> {
  return apiRequest<Meta>('/meta');
}

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: getMeta, staleTime: Infinity });
}
