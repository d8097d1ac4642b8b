import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call, callWithEtag, fetchData, type Schemas } from '../../lib/api/client';

export type JobOpening = Schemas['JobOpening'];
export type JobOpeningInput = Schemas['JobOpeningInput'];
export type JobOpeningPage = Schemas['JobOpeningPage'];
export type JobOpeningStatus = Schemas['JobOpeningStatus'];
export type JobOpeningSource = Schemas['JobOpeningSource'];
export type JobFeedMode = Schemas['JobFeedMode'];
export type EmploymentType = NonNullable<JobOpening['employmentType']>;
export type ImportRun = Schemas['ImportRun'];

export const openingStatuses: readonly JobOpeningStatus[] = ['draft', 'published', 'expired', 'withdrawn'];
/** The statuses a person may set; `expired` is the system's. */
export const settableStatuses: readonly JobOpeningInput['status'][] = ['draft', 'published', 'withdrawn'];
export const openingSources: readonly JobOpeningSource[] = ['manual', 'partner', 'job-feed'];
export const employmentTypes: readonly EmploymentType[] = ['permanent', 'temporary', 'seasonal', 'apprenticeship', 'trainee', 'other'];

export type OpeningSortField = 'title' | 'employer' | 'applicationDeadline' | 'updatedAt';
export type OpeningSort = OpeningSortField | `-${OpeningSortField}`;

/** The list's filters as chosen; empty means "any". */
export type OpeningFilters = {
  q: string;
  status: JobOpeningStatus | '';
  source: JobOpeningSource | '';
  category: string;
  municipality: string;
  sort: OpeningSort;
};

export const allOpenings: OpeningFilters = { q: '', status: '', source: '', category: '', municipality: '', sort: '-updatedAt' };

/** Openings from the job feed are changed and removed by the feed only (the server says 409 `feed-owned`). */
export const isFeedOwned = (opening: JobOpening) => opening.source === 'job-feed';

const openingsKey = ['job-openings'] as const;

export function useOpenings(filters: OpeningFilters, page: number, size: number) {
  return useQuery({
    queryKey: [...openingsKey, 'list', filters, page, size],
    queryFn: ({ signal }): Promise<JobOpeningPage> =>
      fetchData(
        api.GET('/api/v1/jobs/openings', {
          params: {
            query: {
              q: filters.q || undefined,
              status: filters.status || undefined,
              source: filters.source || undefined,
              category: filters.category || undefined,
              municipality: /^\d{4}$/.test(filters.municipality) ? filters.municipality : undefined,
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

/** The categories in use, for the filter and the form's suggestions. */
export function useCategories() {
  return useQuery({
    queryKey: [...openingsKey, 'categories'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/jobs/openings/categories', { signal })),
    select: (list) => list.items.map((item) => item.category),
  });
}

/**
 * One opening read fresh, with the ETag that a change or deletion sends in If-Match. Its key is
 * outside the list's, so saving (which refreshes the lists) does not reload the open form.
 */
export function useOpening(id: string) {
  return useQuery({
    queryKey: ['job-opening', id],
    queryFn: async ({ signal }) => {
      const { data, etag } = await callWithEtag(api.GET('/api/v1/jobs/openings/{id}', { params: { path: { id } }, signal }));
      return { opening: data, etag };
    },
    staleTime: 0,
    gcTime: 0,
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: openingsKey }), queryClient.invalidateQueries({ queryKey: ['public'] })]);
}

export function useSaveOpening() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string | null; etag: string; body: JobOpeningInput }) =>
      id
        ? fetchData(api.PUT('/api/v1/jobs/openings/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }))
        : fetchData(api.POST('/api/v1/jobs/openings', { body })),
    onSuccess: changed,
  });
}

export function useDeleteOpening() {
  const changed = useChanged();
  return useMutation({
    // Without an ETag (deleting from a list row) the opening is read first for its current one.
    mutationFn: async ({ id, etag }: { id: string; etag: string | null }) => {
      const ifMatch = etag ?? (await callWithEtag(api.GET('/api/v1/jobs/openings/{id}', { params: { path: { id } } }))).etag;
      return fetchData(api.DELETE('/api/v1/jobs/openings/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch } } }));
    },
    onSuccess: changed,
  });
}

/** A partner's opening read fresh and sent back with only its status changed (withdrawing its ad). */
export function useSetOpeningStatus() {
  const changed = useChanged();
  return useMutation({
    mutationFn: async ({ id, status }: { id: string; status: JobOpeningInput['status'] }) => {
      const { data: opening, etag } = await callWithEtag(api.GET('/api/v1/jobs/openings/{id}', { params: { path: { id } } }));
      const body: JobOpeningInput = { ...inputOf(opening), status };
      // Used by partner users, whose openings are always their own organisation's: the server fills it in.
      delete body.employer;
      return fetchData(api.PUT('/api/v1/jobs/openings/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
    },
    onSuccess: changed,
  });
}

/** What the server holds, as the body that would save it unchanged. */
export function inputOf(opening: JobOpening): JobOpeningInput {
  return {
    title: opening.title,
    employer: { organisationNumber: opening.employer.organisationNumber, name: opening.employer.name },
    municipality: opening.municipality.code,
    address: opening.address,
    postalCode: opening.postalCode,
    city: opening.city,
    category: opening.category,
    employmentType: opening.employmentType,
    positions: opening.positions,
    startDate: opening.startDate,
    applicationDeadline: opening.applicationDeadline,
    link: opening.link,
    description: opening.description,
    // `expired` is the system's: a change keeps it published, and the server decides again.
    status: opening.status === 'expired' ? 'published' : opening.status,
  };
}

// ---- The job-feed import ----

export type FeedImportOutcome = { kind: 'run'; run: ImportRun } | { kind: 'rejected'; error: ApiError };

export function useImportFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, mode, dryRun }: { file: File; mode: JobFeedMode; dryRun: boolean }): Promise<FeedImportOutcome> => {
      try {
        const { data } = await call(
          api.POST('/api/v1/jobs/openings/imports', {
            params: { query: { mode, dryRun, source: file.name.slice(0, 200) } },
            // The file is the body as it is, streamed by the browser.
            body: file as never,
            bodySerializer: (body: unknown) => body as BodyInit,
            headers: { 'Content-Type': 'application/json' },
          }),
        );
        return { kind: 'run', run: data };
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) return { kind: 'rejected', error };
        throw error;
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: openingsKey }),
        queryClient.invalidateQueries({ queryKey: ['imports'] }),
        queryClient.invalidateQueries({ queryKey: ['public'] }),
      ]),
  });
}

export function useFeedRuns(page: number, size: number) {
  return useQuery({
    queryKey: ['imports', 'list', 'job-feed', page, size],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/imports', { params: { query: { kind: 'job-feed', page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A run taken in the background (202): read again every second until it has finished. */
export function useFeedRun(id: string | null, pollMs = 1000) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['imports', 'one', id],
    enabled: id !== null,
    queryFn: async ({ signal }) => {
      const run = await fetchData(api.GET('/api/v1/imports/{id}', { params: { path: { id: id ?? '' } }, signal }));
      if (!isRunning(run)) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: openingsKey }),
          queryClient.invalidateQueries({ queryKey: ['imports', 'list'] }),
        ]);
      }
      return run;
    },
    refetchInterval: (current) => (current.state.data && !isRunning(current.state.data) ? false : pollMs),
  });
}

export const isRunning = (run: ImportRun) => run.status === 'queued' || run.status === 'running';
