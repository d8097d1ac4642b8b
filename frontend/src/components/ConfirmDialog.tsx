import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { FormDialog } from './FormDialog';

type ConfirmBodyProps = {
  text: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The inside of a confirmation: the failure, what will happen, and the two buttons. On its own for
 * a dialog that goes on to show the outcome in the same place (focus stays in one dialog).
 */
export function ConfirmBody({ text, confirmLabel, pending, error, onConfirm, onCancel }: ConfirmBodyProps) {
  const { t } = useTranslation();
  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <Paragraph>{text}</Paragraph>
      <div className="vekst-actions">
        <Button data-color="danger" loading={pending} disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('app.cancel')}
        </Button>
      </div>
    </>
  );
}

type ConfirmDialogProps = Omit<ConfirmBodyProps, 'onCancel'> & {
  title: string;
  onClose: () => void;
};

/** Asks before something that cannot be undone, such as deleting; the failure shows in the dialog. */
export function ConfirmDialog({ title, onClose, ...body }: ConfirmDialogProps) {
  return (
    <FormDialog title={title} onClose={onClose}>
      <ConfirmBody {...body} onCancel={onClose} />
    </FormDialog>
  );
}
