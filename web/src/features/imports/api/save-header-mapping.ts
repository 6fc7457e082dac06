import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** One unknown header pointed at a canonical column (or ignored), for the next loads. */
export interface HeaderMappingInput {
  readonly registry: string;
  readonly header: string;
  /** A canonical column of the registry, or `ignore`. */
  readonly column: string;
}

/** POST /api/header-mappings: adds to the header mapping; re-import to apply it. */
export function saveHeaderMapping(input: HeaderMappingInput): Promise<unknown> {
  return apiRequest<unknown>('/header-mappings', { method: 'POST', body: input });
}

export function useSaveHeaderMapping() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveHeaderMapping,
    onSuccess: () => client.invalidateQueries({ queryKey: ['import-summary'] }),
  });
}
