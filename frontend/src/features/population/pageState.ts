import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { decodeSubject, encodeSubject, subjectParams, yearParam, type GroupSubject, type Subject } from '../../lib/subjects';
import type { ComparisonFigure, Granularity, Variant } from './api';

export { decodeSubject, encodeSubject, subjectParams, type GroupSubject, type Subject };

// The page's choices live in the address, so a view can be bookmarked and sent to a colleague.

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

/** The subject, years, variant and granularity: what the series and its components are asked for. */
export function seriesQuery(state: PageState) {
  return { ...subjectParams(state.subject), from: state.from, to: state.to, variant: state.variant, granularity: state.granularity };
}

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
      from: yearParam(params.get('from')),
      to: yearParam(params.get('to')),
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
