import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../lib/api/client';
import { ErrorAlert } from './ErrorAlert';

/** True when a save was refused because the thing changed since it was read (412), or was sent without If-Match (428). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.status === 428);
}

/**
 * Why a save failed: a stale read is said in the form's own words with a way to load the newer
 * version; anything else is the translated problem.
 */
export function SaveError({
  error,
  staleText,
  reloadLabel,
  onReload,
}: {
  error: unknown;
  staleText: string;
  reloadLabel?: string;
  onReload?: () => void;
}) {
  if (!error) return null;
  if (!isStale(error)) return <ErrorAlert error={error} />;
  return (
    <Alert data-color="warning" role="alert">
      <Paragraph>{staleText}</Paragraph>
      {onReload && reloadLabel && (
        <Button variant="secondary" data-size="sm" onClick={onReload}>
          {reloadLabel}
        </Button>
      )}
    </Alert>
  );
}
