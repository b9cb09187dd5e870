import { queryOptions } from '@tanstack/react-query';
import { openDraftStorage } from '@/data/drafts/draft-storage';

/** Query options for the list of drafts kept in this browser, newest change first; read afresh each time it is shown. */
export function draftListQueryOptions() {
  return queryOptions({
    queryKey: ['drafts'] as const,
    queryFn: async () => (await openDraftStorage()).list(),
    staleTime: 0,
    retry: false,
  });
}
