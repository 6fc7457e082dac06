import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  HeaderMappingBody,
  HeaderMappingResponse,
} from '../../../../../src/server/schemas/imports-schemas';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/header-mappings: adds to the data folder's header mapping; re-import to apply it. */
export function saveHeaderMapping(input: HeaderMappingBody): Promise<HeaderMappingResponse> {
  return apiRequest<HeaderMappingResponse>('/header-mappings', { method: 'POST', body: input });
}

export function useSaveHeaderMapping() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveHeaderMapping,
    onSuccess: () => client.invalidateQueries({ queryKey: ['import-summary'] }),
  });
}
