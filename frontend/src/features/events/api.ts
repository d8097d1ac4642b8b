import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, callWithEtag, fetchData, type Schemas } from '../../lib/api/client';

export type Event = Schemas['Event'];
export type EventInput = Schemas['EventInput'];
export type EventPage = Schemas['EventPage'];

export type EventSortField = 'date' | 'name' | 'place' | 'attendees';
export type EventSort = EventSortField | `-${EventSortField}`;

export type EventFilters = {
  q: string;
  focusArea: Schemas['FocusArea'] | '';
  from: string;
  to: string;
  sort: EventSort;
};

const eventsKey = ['events'] as const;
const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

export function useEvents(filters: EventFilters, page: number, size: number) {
  return useQuery({
    queryKey: [...eventsKey, 'list', filters, page, size],
    queryFn: ({ signal }): Promise<EventPage> =>
      fetchData(
        api.GET('/api/v1/events', {
          params: {
            query: {
              q: filters.q || undefined,
              focusArea: filters.focusArea || undefined,
              from: isDate(filters.from) ? filters.from : undefined,
              to: isDate(filters.to) ? filters.to : undefined,
              sort: filters.sort,
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

/**
 * One event read fresh, with the ETag that a change or deletion sends in If-Match. Its key is
 * outside the list's, so saving (which refreshes the lists) does not reload the open form.
 */
export function useEvent(id: string) {
  return useQuery({
    queryKey: ['event', id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET('/api/v1/events/{id}', { params: { path: { id } }, signal }));
      return { event: data, etag };
    },
    staleTime: 0,
    gcTime: 0,
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: eventsKey });
}

export function useSaveEvent() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string | null; etag: string; body: EventInput }) =>
      id
        ? fetchData(api.PUT('/api/v1/events/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }))
        : fetchData(api.POST('/api/v1/events', { body })),
    onSuccess: changed,
  });
}

export function useDeleteEvent() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) =>
      fetchData(api.DELETE('/api/v1/events/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: changed,
  });
}
