import { useMutation } from '@tanstack/react-query';
import type { FindingsQuery } from '../../../../../src/server/schemas/findings-schemas';
import { apiDownload, saveBlob } from '../../../lib/api-client';

/** GET /api/exports/findings?format=xlsx&<filters>: the filtered list as a spreadsheet. */
export async function exportFindings(filter: Omit<FindingsQuery, 'offset' | 'limit'>): Promise<void> {
  const { blob, fileName } = await apiDownload('/exports/findings', { query: { format: 'xlsx', ...filter } });
  saveBlob(blob, fileName ?? 'findings.xlsx');
}

export function useExportFindings() {
  return useMutation({ mutationFn: exportFindings });
}
