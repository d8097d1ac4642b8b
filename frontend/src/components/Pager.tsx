import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useI18n } from '../lib/i18n';
import { formatInteger } from '../lib/format';

type PagerProps = {
  /** Zero-based, as the API counts. */
  page: number;
  size: number;
  total: number;
  onPageChange: (page: number) => void;
  label: string;
};

/** Previous/next paging for the API's `{items, page, size, total}` lists. */
export function Pager({ page, size, total, onPageChange, label }: PagerProps) {
  const { t } = useTranslation();
  const { language } = useI18n();
  const pageCount = Math.max(1, Math.ceil(total / size));
  const first = total === 0 ? 0 : page * size + 1;
  const last = Math.min(total, (page + 1) * size);
  return (
    <nav className="vekst-pager" aria-label={label}>
      <Paragraph data-size="sm" aria-live="polite">
        {t('pagination.showing', {
          from: formatInteger(first, language),
          to: formatInteger(last, language),
          total: formatInteger(total, language),
        })}
      </Paragraph>
      {pageCount > 1 && (
        <div className="vekst-pager__buttons">
          <Button variant="secondary" data-size="sm" disabled={page === 0} onClick={() => onPageChange(page - 1)}>
            {t('pagination.previous')}
          </Button>
          <span>{t('pagination.page', { page: `${page + 1} / ${pageCount}` })}</span>
          <Button variant="secondary" data-size="sm" disabled={page + 1 >= pageCount} onClick={() => onPageChange(page + 1)}>
            {t('pagination.next')}
          </Button>
        </div>
      )}
    </nav>
  );
}
