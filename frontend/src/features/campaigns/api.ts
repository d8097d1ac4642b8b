import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call, callWithEtag, fetchData, type Schemas } from '../../lib/api/client';
import { fileNameFrom, saveBlob } from '../../lib/download';

export type Campaign = Schemas['Campaign'];
export type CampaignInput = Schemas['CampaignInput'];
export type CampaignPage = Schemas['CampaignPage'];
export type CampaignStatus = Schemas['CampaignStatus'];
export type CampaignMetrics = Schemas['CampaignMetrics'];
export type CampaignMetricRow = Schemas['CampaignMetricRow'];
export type CampaignMetricsResult = Schemas['CampaignMetricsResult'];
export type CampaignComparison = Schemas['CampaignComparison'];
export type MetricTotals = Schemas['MetricTotals'];
export type ImportRun = Schemas['ImportRun'];
export type FocusArea = Schemas['FocusArea'];

export const campaignStatuses: readonly CampaignStatus[] = ['planned', 'active', 'completed', 'cancelled'];
/** The channels the app offers; the contract allows any key of the same form. */
export const knownChannels = ['meta', 'google', 'web', 'newsletter', 'print'] as const;
/** The counted metrics, in the order tables and the grid show them. */
export const countMetrics = ['impressions', 'reach', 'clicks', 'sessions', 'leads'] as const;
export type CountMetric = (typeof countMetrics)[number];
/** Every recorded value of a row: the counts and the cost in kroner. */
export const metricKeys = [...countMetrics, 'costNok'] as const;
export type MetricKey = (typeof metricKeys)[number];

export type CampaignSortField = 'startDate' | 'endDate' | 'name' | 'status' | 'budgetNok' | 'updatedAt';
export type CampaignSort = CampaignSortField | `-${CampaignSortField}`;

/** The list's filters, as the user chose them; empty means "any". */
export type CampaignFilters = {
  q: string;
  status: CampaignStatus | '';
  focusArea: FocusArea | '';
  year: string;
  channel: string;
  sort: CampaignSort;
};

/** The list's query parameters: only the filters that are set (and valid). */
export function campaignQuery(filters: CampaignFilters) {
  return {
    q: filters.q || undefined,
    status: filters.status || undefined,
    focusArea: filters.focusArea || undefined,
    year: /^\d{4}$/.test(filters.year) ? Number(filters.year) : undefined,
    channel: /^[a-z0-9][a-z0-9-]*$/.test(filters.channel) ? filters.channel : undefined,
    sort: filters.sort,
  };
}

export const campaignsKey = ['campaigns'] as const;

export function useCampaigns(filters: CampaignFilters, page: number, size: number) {
  return useQuery({
    queryKey: [...campaignsKey, 'list', filters, page, size],
    queryFn: ({ signal }): Promise<CampaignPage> =>
      fetchData(api.GET('/api/v1/campaigns', { params: { query: { ...campaignQuery(filters), page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One campaign with the ETag of this read, which a change or deletion sends back in If-Match. */
export function useCampaign(id: string) {
  return useQuery({
    queryKey: [...campaignsKey, 'one', id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } }, signal }));
      return { campaign: data, etag };
    },
  });
}

/**
 * The campaign read fresh for its form, with the ETag a change sends in If-Match. Its key is
 * outside the page's, so saving (which refreshes the page) does not reload the open form.
 */
export function useCampaignForEdit(id: string) {
  return useQuery({
    queryKey: ['campaign-edit', id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } }, signal }));
      return { campaign: data, etag };
    },
    staleTime: 0,
    gcTime: 0,
  });
}

export function useSaveCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string | null; etag: string; body: CampaignInput }) =>
      id
        ? callWithEtag(api.PUT('/api/v1/campaigns/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }))
        : callWithEtag(api.POST('/api/v1/campaigns', { body })),
    onSuccess: ({ data, etag }) => {
      queryClient.setQueryData([...campaignsKey, 'one', data.id], { campaign: data, etag });
      void queryClient.invalidateQueries({ queryKey: [...campaignsKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...campaignsKey, 'comparison'] });
    },
  });
}

export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) =>
      fetchData(api.DELETE('/api/v1/campaigns/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: [...campaignsKey, 'one', id] });
      void queryClient.invalidateQueries({ queryKey: [...campaignsKey, 'list'] });
    },
  });
}

/** A campaign's results, of a period when given (both dates ISO), else of its whole run. */
export function useCampaignMetrics(id: string, period?: { from: string; to: string }) {
  return useQuery({
    queryKey: [...campaignsKey, 'metrics', id, period ?? 'all'],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/campaigns/{id}/metrics', { params: { path: { id }, query: period ?? {} }, signal })),
    placeholderData: period ? keepPreviousData : undefined,
  });
}

/** Saving a week of the grid changes the campaign's totals, spend and progress too. */
function useMetricsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: campaignsKey });
}

export function useRecordMetrics(id: string) {
  const changed = useMetricsChanged();
  return useMutation({
    mutationFn: (rows: CampaignMetricRow[]) =>
      fetchData(api.POST('/api/v1/campaigns/{id}/metrics', { params: { path: { id } }, body: { rows } })),
    onSuccess: changed,
  });
}

/** The campaign's results as the server's CSV (the Vekst import format), saved under its file name. */
export async function downloadCampaignMetricsCsv(campaign: Pick<Campaign, 'id' | 'slug'>): Promise<void> {
  const { data, response } = await call(
    api.GET('/api/v1/campaigns/{id}/metrics/export', { params: { path: { id: campaign.id } }, parseAs: 'blob' }),
  );
  saveBlob(data as Blob, fileNameFrom(response, `${campaign.slug}.csv`));
}

export function useCampaignComparison(year: number) {
  return useQuery({
    queryKey: [...campaignsKey, 'comparison', year],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/campaigns/comparison', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export type ImportFormat = 'vekst' | 'ga4';

/** How an import went: `run` for 200 (dry run) and 201 (imported); `rejected` for a 422 with its row errors. */
export type ImportOutcome = { kind: 'run'; run: ImportRun } | { kind: 'rejected'; error: ApiError };

export function useImportMetrics() {
  const changed = useMetricsChanged();
  return useMutation({
    mutationFn: async ({
      file,
      format,
      channel,
      dryRun,
    }: {
      file: File;
      format: ImportFormat;
      channel: string;
      dryRun: boolean;
    }): Promise<ImportOutcome> => {
      try {
        const { data } = await call(
          api.POST('/api/v1/campaigns/metrics/imports', {
            params: {
              query: { dryRun, format, channel: format === 'ga4' ? channel : undefined, source: file.name.slice(0, 200) },
            },
            body: file as never,
            bodySerializer: (body: unknown) => body as BodyInit,
            headers: { 'Content-Type': 'text/csv' },
          }),
        );
        return { kind: 'run', run: data };
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) return { kind: 'rejected', error };
        throw error;
      }
    },
    onSuccess: (outcome) => {
      if (outcome.kind === 'run' && !outcome.run.dryRun) void changed();
    },
  });
}
