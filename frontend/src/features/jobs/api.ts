import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, fetchData, type Schemas } from '../../lib/api/client';
import type { SubjectParams } from '../../lib/subjects';

export type Employment = Schemas['Employment'];
export type EmploymentYear = Schemas['EmploymentYear'];
export type EmploymentIndustryYear = Schemas['EmploymentIndustryYear'];
export type EmploymentBasis = Schemas['EmploymentBasis'];
export type EmploymentComparison = Schemas['EmploymentComparison'];
export type EmploymentComparisonRow = Schemas['EmploymentComparisonRow'];
export type IndustryClassifications = Schemas['IndustryClassifications'];
export type IndustryClassification = Schemas['IndustryClassification'];
export type Commuting = Schemas['Commuting'];
export type CommutingYear = Schemas['CommutingYear'];
export type CommutingFlow = Schemas['CommutingFlow'];
export type EnterpriseFigures = Schemas['EnterpriseFigures'];
export type EnterprisePeriod = Schemas['EnterprisePeriod'];
export type EnterpriseIndustryCount = Schemas['EnterpriseIndustryCount'];
export type EnterpriseFormCount = Schemas['EnterpriseFormCount'];
export type EnterpriseComparison = Schemas['EnterpriseComparison'];
export type EnterpriseComparisonRow = Schemas['EnterpriseComparisonRow'];
export type EnterpriseUnit = Schemas['EnterpriseUnit'];
export type JobsNote = Schemas['JobsNote'];
export type Granularity = Schemas['Granularity'];

export type Span = { from?: string; to?: string };
/** A comparison is always of a region or a peer group, with the municipality to compare. */
export type ComparisonParams = { region?: string; peerGroup?: string; municipality?: string } & Span;

const jobsKey = ['jobs'] as const;

export function useEmployment(query: SubjectParams & Span) {
  return useQuery({
    queryKey: [...jobsKey, 'employment', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/jobs/employment', { params: { query }, signal })),
  });
}

export function useEmploymentComparison(query: ComparisonParams, enabled: boolean) {
  return useQuery({
    queryKey: [...jobsKey, 'employment-comparison', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/jobs/employment/comparison', { params: { query }, signal })),
    enabled,
  });
}

/** The classifications change once in a decade: read once a session. */
export function useIndustries() {
  return useQuery({
    queryKey: [...jobsKey, 'industries'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/jobs/industries', { signal })),
    staleTime: Infinity,
  });
}

export function useCommuting(query: SubjectParams & Span) {
  return useQuery({
    queryKey: [...jobsKey, 'commuting', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/jobs/commuting', { params: { query }, signal })),
  });
}

export function useEnterprises(query: SubjectParams & Span & { granularity: Granularity }) {
  return useQuery({
    queryKey: [...jobsKey, 'enterprises', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/jobs/enterprises', { params: { query }, signal })),
  });
}

export function useEnterpriseComparison(query: ComparisonParams, enabled: boolean) {
  return useQuery({
    queryKey: [...jobsKey, 'enterprise-comparison', query],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/jobs/enterprises/comparison', { params: { query }, signal })),
    enabled,
  });
}

export type UnitQuery = { municipality?: string; q?: string; status?: 'active' | 'deleted'; sort: string; page: number; size: number };

/** The register's units, a page at a time; the page on screen stays while the next is read. */
export function useEnterpriseUnits(query: UnitQuery) {
  return useQuery({
    queryKey: [...jobsKey, 'units', query],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/jobs/enterprises/units', { params: { query: { ...query, q: query.q || undefined } }, signal })),
    placeholderData: keepPreviousData,
  });
}
