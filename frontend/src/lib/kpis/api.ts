import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, callWithEtag, fetchData, type Schemas } from '../api/client';

// The KPIs are read by the KPI pages, the action plan (linked KPIs) and the settings page (the
// yearly targets live on the KPIs), the public ones by the dashboard and the widget pages: shared
// here so no feature imports another.

export type Kpi = Schemas['Kpi'];
export type KpiStatus = Schemas['KpiStatus'];
export type KpiUnit = Schemas['KpiUnit'];
export type KpiTrend = Schemas['KpiTrend'];
export type KpiTarget = Schemas['KpiTarget'];
export type KpiUpdate = Schemas['KpiUpdate'];
export type KpiDirection = Schemas['KpiDirection'];
export type KpiProjection = NonNullable<Schemas['KpiProjection']>;
export type FocusArea = Schemas['FocusArea'];

export const focusAreas: readonly FocusArea[] = ['residents', 'industry', 'tourism', 'retail'];
export const kpiStatuses: readonly KpiStatus[] = ['on-track', 'at-risk', 'off-track', 'no-data'];
export const kpiUnits: readonly KpiUnit[] = ['percent', 'persons', 'nok', 'rank', 'count', 'score'];
export const kpiDirections: readonly KpiDirection[] = ['higher-is-better', 'lower-is-better'];

/** The years a KPI can have a target for (the programme's lifetime). */
export const TARGET_FIRST_YEAR = 2019;
export const TARGET_LAST_YEAR = 2030;

export type KpiSortField = 'name' | 'status' | 'focusArea';
export type KpiSort = 'order' | KpiSortField | `-${KpiSortField}`;

export type KpiFilters = {
  q: string;
  focusArea: FocusArea | '';
  status: KpiStatus | '';
  sort: KpiSort;
};

export const kpisKey = ['kpis'] as const;

const allKpis: KpiFilters = { q: '', focusArea: '', status: '', sort: 'order' };

/** The KPIs (all of them fit one page), filtered and sorted by the server. */
export function useKpiList(filters: KpiFilters = allKpis) {
  return useQuery({
    queryKey: [...kpisKey, 'list', filters],
    queryFn: ({ signal }): Promise<Kpi[]> =>
      fetchData(
        api.GET('/api/v1/kpis', {
          params: {
            query: {
              q: filters.q || undefined,
              focusArea: filters.focusArea || undefined,
              status: filters.status || undefined,
              sort: filters.sort,
              size: 500,
            },
          },
          signal,
        }),
      ).then((page) => page.items),
    placeholderData: keepPreviousData,
  });
}

/** One KPI with the ETag of this read, which a change of its targets sends back in If-Match. */
export function useKpi(key: string) {
  return useQuery({
    queryKey: [...kpisKey, 'one', key],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET('/api/v1/kpis/{key}', { params: { path: { key } }, signal }));
      return { kpi: data, etag };
    },
  });
}

/** A changed KPI with its new ETag (the answer is the fresh read): kept as the KPI's read, and the lists showing it read again. */
function useKpiSaved() {
  const queryClient = useQueryClient();
  return (saved: { kpi: Kpi; etag: string }) => {
    queryClient.setQueryData([...kpisKey, 'one', saved.kpi.key], saved);
    void queryClient.invalidateQueries({ queryKey: [...kpisKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...kpisKey, 'values', saved.kpi.key] });
    // The public dashboard shows the public KPIs, their names and targets too.
    void queryClient.invalidateQueries({ queryKey: ['public'] });
  };
}

export function useSetKpiTargets() {
  const saved = useKpiSaved();
  return useMutation({
    mutationFn: async ({ key, etag, targets }: { key: string; etag: string; targets: KpiTarget[] }) => {
      const answer = await callWithEtag(
        api.PUT('/api/v1/kpis/{key}/targets', { params: { path: { key }, header: { 'If-Match': etag } }, body: { targets } }),
      );
      return { kpi: answer.data, etag: answer.etag };
    },
    onSuccess: saved,
  });
}

/** Changes a KPI's definition (admins) with the ETag it was read with, so a change made meanwhile is refused (412). */
export function useUpdateKpi() {
  const saved = useKpiSaved();
  return useMutation({
    mutationFn: async ({ key, etag, body }: { key: string; etag: string; body: KpiUpdate }) => {
      const answer = await callWithEtag(api.PUT('/api/v1/kpis/{key}', { params: { path: { key }, header: { 'If-Match': etag } }, body }));
      return { kpi: answer.data, etag: answer.etag };
    },
    onSuccess: saved,
  });
}

export type PublicKpiList = Schemas['PublicKpiList'];
export type PublicKpi = PublicKpiList['items'][number];

/** The KPIs marked public (anonymous), in the programme's order, with this year's status. */
export function usePublicKpis() {
  return useQuery({
    queryKey: ['public', 'kpis'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/public/kpis', { signal })),
  });
}
