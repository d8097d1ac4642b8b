import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ComparisonFigure, Granularity, SubjectParams, Variant } from './api';

// The page's choices live in the address, so a view can be bookmarked and sent to a colleague.

/** Whose figures: the home municipality (the API's default), another municipality, a region or a peer group. */
export type Subject =
  { kind: 'home' } | { kind: 'municipality'; code: string } | { kind: 'region'; key: string } | { kind: 'peerGroup'; key: string };

export type GroupSubject = Extract<Subject, { kind: 'region' | 'peerGroup' }>;

/** The figures a comparison can be ranked by, in the order the comparison table shows them. */
export const comparisonFigures: readonly ComparisonFigure[] = [
  'populationEnd',
  'growth',
  'growthPercent',
  'growthPer1000',
  'naturalIncreasePer1000',
  'domesticNetMigrationPer1000',
  'internationalNetMigrationPer1000',
  'netMigrationPer1000',
];

export type PageState = {
  subject: Subject;
  /** Unset: the programme's preferred series, as the API chooses. */
  variant: Variant | undefined;
  granularity: Granularity;
  from: string | undefined;
  to: string | undefined;
  /** The group to compare with; unset: the subject when it is a group, else the first region. */
  compare: GroupSubject | undefined;
  rankBy: ComparisonFigure;
};

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

/** The subject, years, variant and granularity: what the series and its components are asked for. */
export function seriesQuery(state: PageState) {
  return { ...subjectParams(state.subject), from: state.from, to: state.to, variant: state.variant, granularity: state.granularity };
}

const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? value : undefined);

export function usePageState() {
  const [address, setParams] = useSearchParams();
  // The router applies a new address in a transition; until then the reader's choice is kept
  // here, so a radio button is checked the moment it is clicked. A navigation from elsewhere
  // (another address than the one the choice was made on) wins.
  const [choice, setChoice] = useState<{ on: string; params: URLSearchParams } | null>(null);
  const params = choice && choice.on === address.toString() ? choice.params : address;
  const state = useMemo<PageState>(() => {
    const variant = params.get('variant');
    const compare = decodeSubject(params.get('compare'));
    const rankBy = params.get('rankBy') as ComparisonFigure | null;
    return {
      subject: decodeSubject(params.get('subject')),
      variant: variant === 'official' || variant === 'corrected' ? variant : undefined,
      granularity: params.get('granularity') === 'quarter' ? 'quarter' : 'year',
      from: year(params.get('from')),
      to: year(params.get('to')),
      compare: compare.kind === 'region' || compare.kind === 'peerGroup' ? compare : undefined,
      rankBy: rankBy && comparisonFigures.includes(rankBy) ? rankBy : 'growthPercent',
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<PageState>) => {
      const next = new URLSearchParams(params);
      const set = (name: string, value: string | undefined) => (value ? next.set(name, value) : next.delete(name));
      if ('subject' in changes)
        set('subject', changes.subject && changes.subject.kind !== 'home' ? encodeSubject(changes.subject) : undefined);
      if ('variant' in changes) set('variant', changes.variant);
      if ('granularity' in changes) set('granularity', changes.granularity === 'quarter' ? 'quarter' : undefined);
      if ('from' in changes) set('from', changes.from);
      if ('to' in changes) set('to', changes.to);
      if ('compare' in changes) set('compare', changes.compare && encodeSubject(changes.compare));
      if ('rankBy' in changes) set('rankBy', changes.rankBy === 'growthPercent' ? undefined : changes.rankBy);
      setChoice({ on: address.toString(), params: next });
      setParams(next, { replace: true });
    },
    [address, params, setParams],
  );

  return { state, update };
}
