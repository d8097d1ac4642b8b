import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FormDialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A modal that is open while mounted; closing it (Esc or the close button) unmounts it. The native
 * <dialog> keeps focus inside while open and gives it back to the button that opened it.
 */
export function FormDialog({ title, onClose, children }: FormDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog open onClose={onClose} closeButton={t('app.closeDialog')} aria-labelledby={headingId} className="vekst-dialog">
      <div className="vekst-dialog__body">
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
        {children}
      </div>
    </Dialog>
  );
}

/** Submit and cancel, for the form inside a FormDialog; and delete, when the thing may be deleted. */
export function DialogButtons({
  pending,
  onCancel,
  submitLabel,
  onDelete,
  deleteLabel,
}: {
  pending: boolean;
  onCancel: () => void;
  submitLabel: string;
  onDelete?: () => void;
  deleteLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="vekst-actions">
      <Button type="submit" loading={pending} disabled={pending}>
        {submitLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('app.cancel')}
      </Button>
      {onDelete && deleteLabel && (
        <Button type="button" variant="tertiary" data-color="danger" onClick={onDelete}>
          {deleteLabel}
        </Button>
      )}
    </div>
  );
}
