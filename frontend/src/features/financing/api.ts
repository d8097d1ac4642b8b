import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, fetchData, type Schemas } from '../../lib/api/client';

export type Financing = Schemas['Financing'];
export type Contribution = Schemas['Contribution'];
export type Tier = Schemas['Tier'];
export type Sector = Schemas['Sector'];

const financingKey = ['financing'] as const;
const tiersKey = ['partner-tiers'] as const;

export function useFinancing(year: number) {
  return useQuery({
    queryKey: [...financingKey, 'overview', year],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/financing', { params: { query: { year } }, signal })),
  });
}

export function useContributions(enabled: boolean) {
  return useQuery({
    queryKey: [...financingKey, 'contributions'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/financing/contributions', { signal })).then((list) => list.items),
    enabled,
  });
}

/**
 * Sets a year's contribution: a year that has one is changed with If-Match = its version in
 * quotes (200); a year without one is created without If-Match (201).
 */
export function useSetContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, version, amountNok, note }: { year: number; version: number | null; amountNok: number; note: string | null }) =>
      fetchData(
        api.PUT('/api/v1/financing/contributions/{year}', {
          params: { path: { year }, header: version === null ? {} : { 'If-Match': `"${version}"` } },
          body: { amountNok, note },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: financingKey }),
  });
}

export function useTiers() {
  return useQuery({
    queryKey: tiersKey,
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/partner-tiers', { signal })).then((list) => list.items),
    staleTime: 5 * 60_000,
  });
}

/** Adds a tier, or changes one with If-Match = its `version` in quotes (412 when someone changed it meanwhile). */
export function useSaveTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      version,
      key,
      name,
      minNok,
      maxNok,
    }: {
      version: number | null;
      key: string;
      name: string;
      minNok: number;
      maxNok: number;
    }) =>
      version === null
        ? fetchData(api.POST('/api/v1/partner-tiers', { body: { key, name, minNok, maxNok } }))
        : fetchData(
            api.PUT('/api/v1/partner-tiers/{key}', {
              params: { path: { key }, header: { 'If-Match': `"${version}"` } },
              body: { name, minNok, maxNok },
            }),
          ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tiersKey });
      void queryClient.invalidateQueries({ queryKey: financingKey });
    },
  });
}

export function useDeleteTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => call(api.DELETE('/api/v1/partner-tiers/{key}', { params: { path: { key } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tiersKey });
      void queryClient.invalidateQueries({ queryKey: financingKey });
    },
  });
}
