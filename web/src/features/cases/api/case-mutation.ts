import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Every case action refreshes the case, the case lists, the findings (case badges) and the stats. */
export function useCaseMutation<TInput, TResult>(
  caseId: number,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['case', caseId] }),
        client.invalidateQueries({ queryKey: ['cases'] }),
        client.invalidateQueries({ queryKey: ['findings'] }),
        client.invalidateQueries({ queryKey: ['rule-stats'] }),
      ]);
    },
  });
}
