import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportJob } from '../../../../../src/server/schemas/imports-schemas';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/imports (multipart): registry files or one .zip, optional as-of date. */
export function uploadSnapshot(files: readonly File[], asOf: string | undefined): Promise<ImportJob> {
  const form = new FormData();
  if (asOf) form.append('asOf', asOf);
  for (const file of files) form.append('files', file, file.name);
  return apiRequest<ImportJob>('/imports', { method: 'POST', body: form });
}

export function useUploadSnapshot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { files: readonly File[]; asOf?: string }) => uploadSnapshot(input.files, input.asOf),
    onSuccess: () => client.invalidateQueries({ queryKey: ['imports'] }),
  });
}
