import { useQuery } from '@tanstack/react-query';
import { api, fetchData, type Schemas } from '../../lib/api/client';

export type PopulationSummary = Schemas['PopulationSummary'];
export type PopulationSeries = Schemas['PopulationSeries'];
export type PopulationPoint = Schemas['PopulationPoint'];
export type PopulationVariant = Schemas['PopulationVariant'];

// The public endpoints: the dashboard is the same for everyone, signed in or not. Without a
// municipality or variant the API answers for the home municipality and its preferred series.

export function usePopulationSummary() {
  return useQuery({
    queryKey: ['public', 'population', 'summary'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/public/population/summary', { signal })),
  });
}

export function usePopulationSeries() {
  return useQuery({
    queryKey: ['public', 'population', 'series'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/public/population/series', { signal })),
  });
}

export type PublicPartner = Schemas['PublicPartnerList']['items'][number];

/** This year's partners that agreed to be named: name, website, sector and tier, highest tier first. */
export function usePublicPartners() {
  return useQuery({
    queryKey: ['public', 'partners'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/public/partners', { signal })),
  });
}
