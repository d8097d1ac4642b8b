import { useQuery } from '@tanstack/react-query';
import { api, fetchData } from './api/client';

// Whose statistics a page shows: the same four choices for population, jobs and every other
// statistics feature, written into the address the same way so a view can be bookmarked.

/** Whose figures: the home municipality (the API's default), another municipality, a region or a peer group. */
export type Subject =
  { kind: 'home' } | { kind: 'municipality'; code: string } | { kind: 'region'; key: string } | { kind: 'peerGroup'; key: string };

export type GroupSubject = Extract<Subject, { kind: 'region' | 'peerGroup' }>;

/** The subject as the API's query parameters: none of them for the home municipality. */
export type SubjectParams = { municipality?: string; region?: string; peerGroup?: string };

export function encodeSubject(subject: Subject): string {
  switch (subject.kind) {
    case 'home':
      return 'home';
    case 'municipality':
      return `municipality:${subject.code}`;
    default:
      return `${subject.kind}:${subject.key}`;
  }
}

export function decodeSubject(value: string | null): Subject {
  const [kind, id = ''] = (value ?? '').split(':');
  if (kind === 'municipality' && /^\d{4}$/.test(id)) return { kind, code: id };
  if ((kind === 'region' || kind === 'peerGroup') && /^[a-z0-9][a-z0-9-]*$/.test(id)) return { kind, key: id };
  return { kind: 'home' };
}

export function subjectParams(subject: Subject): SubjectParams {
  switch (subject.kind) {
    case 'home':
      return {};
    case 'municipality':
      return { municipality: subject.code };
    case 'region':
      return { region: subject.key };
    case 'peerGroup':
      return { peerGroup: subject.key };
  }
}

/** The group to compare with: the one chosen, else the subject when it is a group, else the first region or peer group. */
export function comparisonGroup(
  chosen: GroupSubject | undefined,
  subject: Subject,
  regions: readonly { key: string }[],
  peerGroups: readonly { key: string }[],
): GroupSubject | undefined {
  if (chosen) return chosen;
  if (subject.kind === 'region' || subject.kind === 'peerGroup') return subject;
  if (regions[0]) return { kind: 'region', key: regions[0].key };
  if (peerGroups[0]) return { kind: 'peerGroup', key: peerGroups[0].key };
  return undefined;
}

/** A four-digit year from the address, or nothing. */
export const yearParam = (value: string | null) => (value && /^\d{4}$/.test(value) ? value : undefined);

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/regions', { signal })),
    staleTime: 5 * 60_000,
  });
}

export const peerGroupsKey = ['peer-groups'] as const;

export function usePeerGroups() {
  return useQuery({
    queryKey: peerGroupsKey,
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/peer-groups', { signal })),
  });
}

/** The home municipality, from the open summary the dashboard reads too (and shares the cache with). */
export function useHomeMunicipality() {
  return useQuery({
    queryKey: ['public', 'population', 'summary'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/public/population/summary', { signal })),
    select: (summary) => summary.municipality,
  });
}
