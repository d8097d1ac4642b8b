import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { decodeSubject, encodeSubject, yearParam, type GroupSubject, type Subject } from '../../lib/subjects';
import type { Granularity } from './api';

// The page's choices live in the address, so a view can be bookmarked and sent to a colleague.

export type JobsPageState = {
  subject: Subject;
  from: string | undefined;
  to: string | undefined;
  /** New and closed enterprises per year or per quarter. */
  granularity: Granularity;
  /** The group to compare with; unset: the subject when it is a group, else the first region. */
  compare: GroupSubject | undefined;
};

export function useJobsPageState() {
  const [address, setParams] = useSearchParams();
  // The router applies a new address in a transition; until then the reader's choice is kept
  // here, so a radio button is checked the moment it is clicked.
  const [choice, setChoice] = useState<{ on: string; params: URLSearchParams } | null>(null);
  const params = choice && choice.on === address.toString() ? choice.params : address;
  const state = useMemo<JobsPageState>(() => {
    const compare = decodeSubject(params.get('compare'));
    return {
      subject: decodeSubject(params.get('subject')),
      from: yearParam(params.get('from')),
      to: yearParam(params.get('to')),
      granularity: params.get('granularity') === 'quarter' ? 'quarter' : 'year',
      compare: compare.kind === 'region' || compare.kind === 'peerGroup' ? compare : undefined,
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<JobsPageState>) => {
      const next = new URLSearchParams(params);
      const set = (name: string, value: string | undefined) => (value ? next.set(name, value) : next.delete(name));
      if ('subject' in changes)
        set('subject', changes.subject && changes.subject.kind !== 'home' ? encodeSubject(changes.subject) : undefined);
      if ('from' in changes) set('from', changes.from);
      if ('to' in changes) set('to', changes.to);
      if ('granularity' in changes) set('granularity', changes.granularity === 'quarter' ? 'quarter' : undefined);
      if ('compare' in changes) set('compare', changes.compare && encodeSubject(changes.compare));
      setChoice({ on: address.toString(), params: next });
      setParams(next, { replace: true });
    },
    [address, params, setParams],
  );

  return { state, update };
}
