import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { FormDialog } from './FormDialog';

type ConfirmDialogProps = {
  title: string;
  text: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before something that cannot be undone, such as deleting; the failure shows in the dialog. */
export function ConfirmDialog({ title, text, confirmLabel, pending, error, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog title={title} onClose={onClose}>
      {error ? <ErrorAlert error={error} /> : null}
      <Paragraph>{text}</Paragraph>
      <div className="vekst-actions">
        <Button data-color="danger" loading={pending} disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('app.cancel')}
        </Button>
      </div>
    </FormDialog>
  );
}
