import { useMutation } from '@tanstack/react-query';
import type { OutreachList } from '../../../../../src/server/schemas/outreach-schemas';
import { apiDownload, saveBlob } from '../../../lib/api-client';

/** GET /api/exports/:list?format=xlsx&district=: the list for the district's field staff. */
export async function exportOutreach(list: OutreachList, district: string | undefined): Promise<void> {
  const { blob, fileName } = await apiDownload(`/exports/${list}`, { query: { format: 'xlsx', district } });
  saveBlob(blob, fileName ?? `${list}${district ? `-${district}` : ''}.xlsx`);
}

export function useExportOutreach() {
  return useMutation({
    mutationFn: (input: { list: OutreachList; district: string | undefined }) =>
      exportOutreach(input.list, input.district),
  });
}
