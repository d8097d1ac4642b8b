import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../lib/api/client';

export type Settings = Schemas['Settings'];
export type SettingsInput = Schemas['SettingsInput'];

const settingsKey = ['settings'] as const;

/** The settings with the ETag of this read; saving sends it back in If-Match. */
export function useSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: async ({ signal }) => {
      const { data, response } = await call(api.GET('/api/v1/settings', { signal }));
      return { settings: data, etag: response.headers.get('ETag') ?? '' };
    },
    // Never refetch behind the user's back: a silently newer ETag would hide a conflicting change.
    staleTime: Infinity,
  });
}

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, body }: { etag: string; body: SettingsInput }) => {
      const { data, response } = await call(api.PUT('/api/v1/settings', { params: { header: { 'If-Match': etag } }, body }));
      return { settings: data, etag: response.headers.get('ETag') ?? '' };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      // The public dashboard reads the targets and the preferred series.
      void queryClient.invalidateQueries({ queryKey: ['public'] });
    },
  });
}

export function useMunicipalityName(code: string) {
  return useQuery({
    queryKey: ['municipalities', code],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/municipalities/{code}', { params: { path: { code } }, signal })).then((r) => r.data.name),
    enabled: /^\d{4}$/.test(code),
    retry: false,
    staleTime: Infinity,
  });
}
