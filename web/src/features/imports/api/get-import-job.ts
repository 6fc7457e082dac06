import { useQuery } from '@tanstack/react-query';
import type { ImportJob } from '../../../../../src/server/schemas/imports-schemas';
import { apiRequest } from '../../../lib/api-client';

/** GET /api/imports/:jobId, polled every second while the job is queued or running. */
export function getImportJob(jobId: string): Promise<ImportJob> {
  return apiRequest<ImportJob>(`/imports/${encodeURIComponent(jobId)}`);
}

export function isFinished(job: Pick<ImportJob, 'status'> | undefined): boolean {
  return job?.status === 'succeeded' || job?.status === 'failed';
}

export function useImportJob(jobId: string) {
  return useQuery({
    queryKey: ['import', jobId],
    queryFn: () => getImportJob(jobId),
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });
}
