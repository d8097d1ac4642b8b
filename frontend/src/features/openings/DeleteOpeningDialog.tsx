import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../lib/i18n';
import { useDeleteOpening, type JobOpening } from './api';

/**
 * Asks before an opening is removed, then removes it with `etag` (or, without one, the opening's
 * current ETag) and hands the notice to show to `onDeleted`. The staff list and the partner's
 * section both use it.
 */
export function DeleteOpeningDialog({
  opening,
  etag,
  onClose,
  onDeleted,
}: {
  opening: JobOpening;
  etag: string | null;
  onClose: () => void;
  onDeleted: (notice: string) => void;
}) {
  const { t } = useI18n();
  const remove = useDeleteOpening();
  return (
    <ConfirmDialog
      title={t('openings.deleteTitle', { title: opening.title })}
      text={t('openings.deleteText')}
      confirmLabel={t('openings.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate({ id: opening.id, etag }, { onSuccess: () => onDeleted(t('openings.deleted', { title: opening.title })) })
      }
    />
  );
}
