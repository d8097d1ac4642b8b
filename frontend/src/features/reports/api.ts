import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, callWithEtag, fetchData, type Schemas } from '../../lib/api/client';
import { fileNameFrom, saveBlob } from '../../lib/download';

export type Report = Schemas['Report'];
export type ReportKind = Schemas['ReportKind'];
export type ReportCommentary = Schemas['ReportCommentary'];
export type ReportKpiRow = Schemas['ReportKpiRow'];
export type ReportPopulation = Schemas['ReportPopulation'];
export type ReportFinancing = Schemas['ReportFinancing'];
export type ReportCampaign = Schemas['ReportCampaign'];
export type ReportActionPlan = Schemas['ReportActionPlan'];
export type ReportActivity = Schemas['ReportActivity'];
export type ReportVersion = Schemas['ReportVersion'];
export type PublishedReport = Schemas['ReportList']['items'][number];

export const reportKinds: readonly ReportKind[] = ['tertial', 'quarterly'];
/** The report's sections, in the order the report has them; each has its own commentary. */
export const commentarySections = ['kpis', 'population', 'financing', 'campaigns', 'actionPlan'] as const;
export type CommentarySection = (typeof commentarySections)[number];
/** The contract's limit for one section's commentary. */
export const COMMENTARY_MAX = 5000;

/** A file the server makes of a report: the draft's (version null) or a published version's. */
export type ReportFileFormat = 'pdf' | 'csv';
export type ReportRef = { kind: ReportKind; period: string; version: number | null };

export const reportsKey = ['reports'] as const;

/** The published reports, newest period first, each with its latest version. */
export function usePublishedReports(kind: ReportKind) {
  return useQuery({
    queryKey: [...reportsKey, 'list', kind],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/reports', { params: { query: { kind } }, signal })).then((list) => list.items),
  });
}

/**
 * The draft with its live figures and the ETag of its commentary, which saving the commentary
 * and publishing send back in If-Match. Only editors and admins may read it.
 */
export function useReportDraft(kind: ReportKind, period: string) {
  return useQuery({
    queryKey: [...reportsKey, 'draft', kind, period],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(
        api.GET('/api/v1/reports/{kind}/{period}', { params: { path: { kind, period }, query: { format: 'json' } }, signal }),
      );
      return { report: data as Report, etag };
    },
  });
}

export function useReportVersions(kind: ReportKind, period: string) {
  return useQuery({
    queryKey: [...reportsKey, 'versions', kind, period],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/reports/{kind}/{period}/versions', { params: { path: { kind, period } }, signal })).then(
        (list) => list.items,
      ),
  });
}

export function useSaveCommentary(kind: ReportKind, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, commentary }: { etag: string; commentary: ReportCommentary }) =>
      callWithEtag(
        api.PUT('/api/v1/reports/{kind}/{period}/commentary', {
          params: { path: { kind, period }, header: { 'If-Match': etag } },
          body: commentary,
        }),
      ),
    onSuccess: ({ data, etag }) => {
      // The saved commentary is the draft's now, and its new ETag the one to publish with.
      queryClient.setQueryData<{ report: Report; etag: string }>([...reportsKey, 'draft', kind, period], (draft) =>
        draft ? { report: { ...draft.report, commentary: data.commentary }, etag } : draft,
      );
    },
  });
}

export function usePublishReport(kind: ReportKind, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      fetchData(api.POST('/api/v1/reports/{kind}/{period}/versions', { params: { path: { kind, period }, header: { 'If-Match': etag } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...reportsKey, 'versions', kind, period] });
      void queryClient.invalidateQueries({ queryKey: [...reportsKey, 'list'] });
    },
  });
}

/** The report as the server renders it in HTML: the preview of the draft, or a version as published. */
export function useReportHtml(report: ReportRef | null) {
  return useQuery({
    queryKey: [...reportsKey, 'html', report],
    enabled: report !== null,
    // The draft's figures are live: read it anew each time it is previewed.
    staleTime: report?.version === null ? 0 : Infinity,
    gcTime: report?.version === null ? 0 : undefined,
    queryFn: async ({ signal }) => {
      const { kind, period, version } = report!;
      const pending =
        version === null
          ? api.GET('/api/v1/reports/{kind}/{period}', {
              params: { path: { kind, period }, query: { format: 'html' } },
              parseAs: 'text',
              signal,
            })
          : api.GET('/api/v1/reports/{kind}/{period}/versions/{version}', {
              params: { path: { kind, period, version }, query: { format: 'html' } },
              parseAs: 'text',
              signal,
            });
      return (await fetchData(pending)) as unknown as string;
    },
  });
}

/** The draft's or a version's PDF or CSV, fetched with the user's token and saved under the server's file name. */
export async function downloadReport({ kind, period, version }: ReportRef, format: ReportFileFormat): Promise<void> {
  const { data, response } = await call(
    version === null
      ? api.GET('/api/v1/reports/{kind}/{period}', { params: { path: { kind, period }, query: { format } }, parseAs: 'blob' })
      : api.GET('/api/v1/reports/{kind}/{period}/versions/{version}', {
          params: { path: { kind, period, version }, query: { format } },
          parseAs: 'blob',
        }),
  );
  const name = version === null ? `${kind}-${period}-utkast` : `${kind}-${period}-v${version}`;
  saveBlob(data as Blob, fileNameFrom(response, `${name}.${format}`));
}
