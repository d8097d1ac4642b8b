import { useQuery } from '@tanstack/react-query';
import { api, fetchData, type Schemas } from '../../lib/api/client';

export type Attractiveness = Schemas['Attractiveness'];
export type AttractivenessRow = Schemas['AttractivenessRow'];
export type AttractivenessCoefficient = Schemas['AttractivenessCoefficient'];
export type AttractivenessGroupRank = Schemas['AttractivenessGroupRank'];
export type AttractivenessExclusion = Schemas['AttractivenessExclusion'];

export type Span = { from?: string; to?: string };

/** The fit and every municipality's row for the span; without years the server picks the latest five. */
export function useAttractiveness(span: Span) {
  return useQuery({
    queryKey: ['analysis', 'attractiveness', span],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/analysis/attractiveness', { params: { query: span }, signal })),
    // Computed live over every municipality: a minute old is fresh enough.
    staleTime: 60_000,
  });
}
