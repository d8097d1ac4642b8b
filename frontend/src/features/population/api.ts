import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, fetchData, type Schemas } from '../../lib/api/client';
import { peerGroupsKey, useHomeMunicipality, usePeerGroups, useRegions, type SubjectParams } from '../../lib/subjects';

export type PopulationSeries = Schemas['PopulationSeries'];
export type PopulationPoint = Schemas['PopulationPoint'];
export type PopulationComponents = Schemas['PopulationComponents'];
export type ComponentItem = Schemas['PopulationComponentItem'];
export type PopulationComparison = Schemas['PopulationComparison'];
export type ComparisonRow = Schemas['ComparisonRow'];
export type ComparisonFigure = Schemas['ComparisonFigure'];
export type ComparisonFigures = Schemas['ComparisonFigures'];
export type PopulationProjection = Schemas['PopulationProjection'];
export type ProjectionPoint = Schemas['ProjectionPoint'];
export type TargetYear = Schemas['TargetYear'];
export type SeriesNote = Schemas['SeriesNote'];
export type BoundaryChange = Schemas['BoundaryChange'];
export type BoundaryChangeInput = Schemas['BoundaryChangeInput'];
export type PeerGroup = Schemas['PeerGroup'];
export type PeerGroupCreate = Schemas['PeerGroupCreate'];
export type PeerGroupUpdate = Schemas['PeerGroupUpdate'];
export type Region = Schemas['Region'];
export type MunicipalityRef = Schemas['MunicipalityRef'];
export type Variant = Schemas['PopulationVariant'];
export type Granularity = Schemas['Granularity'];

export type { SubjectParams } from '../../lib/subjects';
export type SpanParams = { from?: string; to?: string; variant?: Variant };

const populationKey = ['population'] as const;

export { useHomeMunicipality, usePeerGroups, useRegions };

export function usePopulationSeries(query: SubjectParams & SpanParams & { granularity: Granularity }) {
  return useQuery({
    queryKey: [...populationKey, 'series', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/population/series', { params: { query }, signal })),
  });
}

export function usePopulationComponents(query: SubjectParams & SpanParams & { granularity: Granularity }) {
  return useQuery({
    queryKey: [...populationKey, 'components', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/population/components', { params: { query }, signal })),
  });
}

export function usePopulationComparison(query: SubjectParams & SpanParams & { rankBy: ComparisonFigure }, enabled: boolean) {
  return useQuery({
    queryKey: [...populationKey, 'comparison', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/population/comparison', { params: { query }, signal })),
    enabled,
  });
}

export function usePopulationProjection(query: SubjectParams & { variant?: Variant }) {
  return useQuery({
    queryKey: [...populationKey, 'projection', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/population/projection', { params: { query }, signal })),
  });
}

// ---------------------------------------------------------------- boundary changes (admins write)

const boundaryChangesKey = (code: string) => ['boundary-changes', code] as const;

export function useBoundaryChanges(code: string) {
  return useQuery({
    queryKey: boundaryChangesKey(code),
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/municipalities/{code}/boundary-changes', { params: { path: { code } }, signal })),
  });
}

/** A boundary change moves a series' breaks and growth: every population figure is read again. */
function useRefreshAfterBoundaryChange(code: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: boundaryChangesKey(code) }),
      queryClient.invalidateQueries({ queryKey: populationKey }),
      queryClient.invalidateQueries({ queryKey: ['public'] }),
    ]);
}

export function useCreateBoundaryChange(code: string) {
  const refresh = useRefreshAfterBoundaryChange(code);
  return useMutation({
    mutationFn: (body: BoundaryChangeInput) =>
      fetchData(api.POST('/api/v1/municipalities/{code}/boundary-changes', { params: { path: { code } }, body })),
    onSuccess: refresh,
  });
}

export function useDeleteBoundaryChange(code: string) {
  const refresh = useRefreshAfterBoundaryChange(code);
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/v1/municipalities/{code}/boundary-changes/{id}', { params: { path: { code, id } } })),
    onSuccess: refresh,
  });
}

// ---------------------------------------------------------------- peer groups (admins write)

/** One peer group with the ETag of this read, which an update must send back in If-Match. */
export function usePeerGroup(key: string) {
  return useQuery({
    queryKey: [...peerGroupsKey, 'one', key],
    queryFn: async ({ signal }) => {
      const { data, response } = await call(api.GET('/api/v1/peer-groups/{key}', { params: { path: { key } }, signal }));
      return { group: data, etag: response.headers.get('ETag') ?? '' };
    },
    staleTime: 0,
  });
}

function useRefreshAfterPeerGroupChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: peerGroupsKey }), queryClient.invalidateQueries({ queryKey: populationKey })]);
}

export function useCreatePeerGroup() {
  const refresh = useRefreshAfterPeerGroupChange();
  return useMutation({
    mutationFn: (body: PeerGroupCreate) => fetchData(api.POST('/api/v1/peer-groups', { body })),
    onSuccess: refresh,
  });
}

export function useUpdatePeerGroup() {
  const refresh = useRefreshAfterPeerGroupChange();
  return useMutation({
    mutationFn: ({ key, etag, body }: { key: string; etag: string; body: PeerGroupUpdate }) =>
      fetchData(api.PUT('/api/v1/peer-groups/{key}', { params: { path: { key }, header: { 'If-Match': etag } }, body })),
    onSuccess: refresh,
  });
}

export function useDeletePeerGroup() {
  const refresh = useRefreshAfterPeerGroupChange();
  return useMutation({
    mutationFn: (key: string) => call(api.DELETE('/api/v1/peer-groups/{key}', { params: { path: { key } } })),
    onSuccess: refresh,
  });
}
