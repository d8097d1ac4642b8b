import { Paragraph } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

type QueryStatusProps<T> = {
  query: UseQueryResult<T>;
  /** Says when the answer has nothing to show; `emptyText` is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  loadingText?: string;
  children: (data: T) => ReactNode;
};

/** The one place that decides how loading, failure and "nothing here" look. */
export function QueryStatus<T>({ query, isEmpty, emptyText, loadingText, children }: QueryStatusProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return <Loading text={loadingText} />;
  }
  if (query.isError) {
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data)) {
    return <Paragraph className="vekst-empty">{emptyText ?? t('state.empty')}</Paragraph>;
  }
  return <>{children(query.data)}</>;
}
