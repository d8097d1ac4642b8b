import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fetchData, type Schemas } from '../../lib/api/client';
import { kpisKey } from '../../lib/kpis/api';

export type KpiValue = Schemas['KpiValue'];
export type KpiValueInput = Schemas['KpiValueInput'];
export type KpiValueUpdate = Schemas['KpiValueUpdate'];

const valuesKey = (key: string) => [...kpisKey, 'values', key] as const;

/** A KPI's yearly values with target, status and trend, oldest first. */
export function useKpiValues(key: string) {
  return useQuery({
    queryKey: valuesKey(key),
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/kpis/{key}/values', { params: { path: { key } }, signal })).then((list) => list.items),
  });
}

/** A value changes the KPI's status, its latest value and the overview: all of them are read again. */
function useValuesChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: kpisKey });
    void queryClient.invalidateQueries({ queryKey: ['public'] });
  };
}

export function useSaveKpiValue(key: string) {
  const changed = useValuesChanged();
  return useMutation({
    // A change sends the version the value was read with (If-Match), so a change made meanwhile is refused (412).
    mutationFn: ({ existing, body }: { existing: KpiValue | null; body: KpiValueInput }) =>
      existing
        ? fetchData(
            api.PUT('/api/v1/kpis/{key}/values/{period}', {
              params: { path: { key, period: existing.period }, header: { 'If-Match': `"${existing.version ?? 0}"` } },
              body: { value: body.value, comment: body.comment, evidenceUrl: body.evidenceUrl },
            }),
          )
        : fetchData(api.POST('/api/v1/kpis/{key}/values', { params: { path: { key } }, body })),
    onSuccess: changed,
  });
}

export function useDeleteKpiValue(key: string) {
  const changed = useValuesChanged();
  return useMutation({
    mutationFn: (value: KpiValue) =>
      fetchData(
        api.DELETE('/api/v1/kpis/{key}/values/{period}', {
          params: { path: { key, period: value.period }, header: { 'If-Match': `"${value.version ?? 0}"` } },
        }),
      ),
    onSuccess: changed,
  });
}
