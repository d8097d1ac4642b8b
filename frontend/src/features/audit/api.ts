import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, fetchData, type Schemas } from '../../lib/api/client';

export type AuditEntry = Schemas['AuditEntry'];

export type AuditFilter = {
  entity: string;
  id: string;
  actor: string;
  action: string;
  /** ISO dates (yyyy-mm-dd) from the date inputs; the API reads `to` as the end of that day. */
  from: string;
  to: string;
};

export const emptyAuditFilter: AuditFilter = { entity: '', id: '', actor: '', action: '', from: '', to: '' };

export function useAuditEntries(filter: AuditFilter, page: number, size: number) {
  return useQuery({
    queryKey: ['audit', filter, page, size],
    queryFn: ({ signal }) =>
      fetchData(
        api.GET('/api/v1/audit', {
          params: {
            query: {
              entity: filter.entity || undefined,
              id: filter.id || undefined,
              actor: filter.actor || undefined,
              action: filter.action || undefined,
              from: filter.from || undefined,
              to: filter.to || undefined,
              page,
              size,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
