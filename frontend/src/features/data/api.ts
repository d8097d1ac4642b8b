import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, ApiError, call, fetchData, type Schemas } from '../../lib/api/client';

export type ImportRun = Schemas['ImportRun'];
export type ImportStatus = Schemas['ImportStatus'];
export type ImportMessage = Schemas['ImportMessage'];
export type PopulationFlag = Schemas['PopulationFlag'];
export type FlagStatus = Schemas['FlagStatus'];

export const importStatuses: readonly ImportStatus[] = ['queued', 'running', 'completed', 'rejected'];
export const flagStatuses: readonly FlagStatus[] = ['open', 'accepted', 'corrected'];

const importsKey = ['imports'] as const;
const flagsKey = ['population-flags'] as const;

/** What an import or a resolved flag can change elsewhere: the runs, flags, public figures and audit log. */
function refreshAfterImport(queryClient: QueryClient) {
  return Promise.all(
    [[...importsKey, 'list'], flagsKey, ['public'], ['audit']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** A run that has not finished yet: its page polls until it has. */
export function isRunning(run: ImportRun): boolean {
  return run.status === 'queued' || run.status === 'running';
}

/** JSON (JSON-stat2, or the register's JSON) for `.json` files, gzip for `.gz` files, Vekst CSV otherwise. */
export function contentTypeOf(file: File): 'application/json' | 'application/gzip' | 'text/csv' {
  const name = file.name.toLowerCase();
  if (name.endsWith('.gz') || file.type === 'application/gzip') return 'application/gzip';
  return name.endsWith('.json') || file.type === 'application/json' ? 'application/json' : 'text/csv';
}

/**
 * How an upload went: `run` for 200 (dry run), 201 (imported) and 202 (taken in the background,
 * still running); `rejected` when the server answered 422, with the problem's row errors.
 */
export type UploadOutcome = { kind: 'run'; run: ImportRun } | { kind: 'rejected'; error: ApiError };

/** What a file holds: population figures, jobs statistics, or units of the Central Coordinating Register. Each has its own import. */
export type ImportKind = 'population' | 'employment' | 'commuting' | 'enterprises';
export const importKinds: readonly ImportKind[] = ['population', 'employment', 'commuting', 'enterprises'];

type Upload = { file: File; dryRun: boolean; kind?: ImportKind };

/** Sends the file to its kind's import: the same body, parameters and answers for every kind. */
function postImport({ file, dryRun, kind = 'population' }: Upload) {
  // The file is the body as it is (streamed by the browser, never read into a string here),
  // with its name as the run's source.
  const options = {
    params: { query: { dryRun, source: file.name.slice(0, 200) } },
    body: file as never,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'Content-Type': contentTypeOf(file) },
  };
  switch (kind) {
    case 'employment':
      return api.POST('/api/v1/jobs/employment/imports', options);
    case 'commuting':
      return api.POST('/api/v1/jobs/commuting/imports', options);
    case 'enterprises':
      return api.POST('/api/v1/jobs/enterprises/imports', options);
    default:
      return api.POST('/api/v1/population/imports', options);
  }
}

export function useUpload() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (upload: Upload): Promise<UploadOutcome> => {
      try {
        const { data } = await call(postImport(upload));
        return { kind: 'run', run: data };
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) return { kind: 'rejected', error };
        throw error;
      }
    },
    onSettled: () => Promise.all([refreshAfterImport(queryClient), queryClient.invalidateQueries({ queryKey: ['jobs'] })]),
  });
}

/** One run; while it is queued or running it is read again every second. */
export function useImportRun(id: string | null, pollMs = 1000) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...importsKey, 'one', id],
    enabled: id !== null,
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/imports/{id}', { params: { path: { id: id ?? '' } }, signal })),
    refetchInterval: (current) => (current.state.data && !isRunning(current.state.data) ? false : pollMs),
  });
  const finished = query.data !== undefined && !isRunning(query.data);
  useEffect(() => {
    if (finished) void refreshAfterImport(queryClient);
  }, [finished, queryClient]);
  return query;
}

export type ImportRunFilter = { status: ImportStatus | ''; page: number; size: number };

export function useImportRuns({ status, page, size }: ImportRunFilter) {
  return useQuery({
    queryKey: [...importsKey, 'list', { status, page, size }],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/imports', { params: { query: { status: status || undefined, page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export type FlagFilter = { status: FlagStatus | ''; page: number; size: number };

export function usePopulationFlags({ status, page, size }: FlagFilter) {
  return useQuery({
    queryKey: [...flagsKey, 'list', { status, page, size }],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/population/flags', { params: { query: { status: status || undefined, page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export type FlagResolution =
  { id: string; action: 'accept'; comment: string } | { id: string; action: 'correct'; value: number; comment: string };

export function useResolveFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resolution: FlagResolution) => {
      const path = { id: resolution.id };
      return resolution.action === 'accept'
        ? fetchData(api.POST('/api/v1/population/flags/{id}/accept', { params: { path }, body: { comment: resolution.comment } }))
        : fetchData(
            api.POST('/api/v1/population/flags/{id}/correct', {
              params: { path },
              body: { value: resolution.value, comment: resolution.comment },
            }),
          );
    },
    // A 409 means someone else resolved it meanwhile: the list is refreshed either way.
    onSettled: () => refreshAfterImport(queryClient),
  });
}
