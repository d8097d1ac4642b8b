import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, callWithEtag, fetchData, type Schemas } from '../../lib/api/client';

export type Activity = Schemas['Activity'];
export type ActivityInput = Schemas['ActivityInput'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type ActivityAxis = Schemas['ActivityAxis'];
export type ActivityPage = Schemas['ActivityPage'];
export type ActivityCounts = ActivityPage['counts'];

export const activityStatuses: readonly ActivityStatus[] = ['planned', 'in-progress', 'done', 'postponed', 'cancelled'];
export const activityAxes: readonly ActivityAxis[] = ['communication', 'growth-activity'];

export type ActivitySortField = 'title' | 'axis' | 'focusArea' | 'owner' | 'dueDate' | 'status';
export type ActivitySort = ActivitySortField | `-${ActivitySortField}`;

export type ActivityFilters = {
  q: string;
  axis: ActivityAxis | '';
  focusArea: Schemas['FocusArea'] | '';
  status: ActivityStatus | '';
  late: '' | 'true' | 'false';
  sort: ActivitySort;
};

const actionPlanKey = ['action-plan'] as const;

/** A year's plan, all of it (a year has far fewer than 500 activities), with counts for the whole year. */
export function useActivities(year: number, filters: ActivityFilters) {
  return useQuery({
    queryKey: [...actionPlanKey, year, 'list', filters],
    queryFn: ({ signal }): Promise<ActivityPage> =>
      fetchData(
        api.GET('/api/v1/action-plan/{year}/activities', {
          params: {
            path: { year },
            query: {
              q: filters.q || undefined,
              axis: filters.axis || undefined,
              focusArea: filters.focusArea || undefined,
              status: filters.status || undefined,
              late: filters.late === '' ? undefined : filters.late === 'true',
              sort: filters.sort,
              size: 500,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * One activity read fresh, with the ETag that a change or deletion sends in If-Match. Its key is
 * outside the plan's, so saving (which refreshes the plan) does not reload the open form under the
 * user's hands.
 */
export function useActivity(year: number, id: string) {
  return useQuery({
    queryKey: ['action-plan-activity', year, id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(
        api.GET('/api/v1/action-plan/{year}/activities/{id}', { params: { path: { year, id } }, signal }),
      );
      return { activity: data, etag };
    },
    staleTime: 0,
    gcTime: 0,
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: actionPlanKey });
}

export function useSaveActivity(year: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string | null; etag: string; body: ActivityInput }) =>
      id
        ? fetchData(
            api.PUT('/api/v1/action-plan/{year}/activities/{id}', { params: { path: { year, id }, header: { 'If-Match': etag } }, body }),
          )
        : fetchData(api.POST('/api/v1/action-plan/{year}/activities', { params: { path: { year } }, body })),
    onSuccess: changed,
  });
}

export function useDeleteActivity(year: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) =>
      fetchData(api.DELETE('/api/v1/action-plan/{year}/activities/{id}', { params: { path: { year, id }, header: { 'If-Match': etag } } })),
    onSuccess: changed,
  });
}

export function useCopyUnfinished(year: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: () => fetchData(api.POST('/api/v1/action-plan/{year}/copy-unfinished', { params: { path: { year } } })),
    onSuccess: changed,
  });
}
