import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A spinner with words: screen readers hear the status, everyone else sees the spinner too. */
export function Loading({ text, page = false }: { text?: string; page?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={page ? 'vekst-loading vekst-page-loading' : 'vekst-loading'} role="status">
      <Spinner aria-hidden data-size={page ? 'md' : 'sm'} />
      <span>{text ?? t('state.loading')}</span>
    </div>
  );
}
