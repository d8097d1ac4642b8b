import { useQuery } from '@tanstack/react-query';
import { api, fetchData } from './api/client';

/** The partners to choose among (by name), for linking them to an event or a campaign. */
export function usePartnerOptions(enabled: boolean) {
  return useQuery({
    // Not ['partners', 'options']: the users page keeps whole partners under that key.
    queryKey: ['partners', 'choices'],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/partners', { params: { query: { size: 500, sort: 'name' } }, signal })).then((page) =>
        page.items.map((partner) => ({ value: partner.id, label: partner.name })),
      ),
    enabled,
    staleTime: 60_000,
  });
}
