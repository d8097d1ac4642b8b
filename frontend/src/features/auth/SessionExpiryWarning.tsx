import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from '../../lib/auth/AuthProvider';
import { tokenStore } from '../../lib/auth/tokenStore';
import { useI18n } from '../../lib/i18n';

/** How long before the token expires the warning appears. */
export const WARNING_BEFORE_EXPIRY_MS = 5 * 60_000;

/**
 * Warns before the session's token expires and lets the user continue by giving the password
 * again (the API has no refresh endpoint). The page underneath stays mounted, so a half-filled
 * form survives. When the token does expire, the session ends and sign-in explains why.
 */
export function SessionExpiryWarning() {
  const { t } = useI18n();
  const { token, user, reauthenticate } = useAuth();
  const [now, setNow] = useState(() => Date.now());
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  // Read with the token: a new token (after continuing) gives a new expiry.
  const expiry = token ? tokenStore.expiresAt() : null;

  // A tick every few seconds keeps the countdown honest and ends the session on time.
  useEffect(() => {
    if (expiry === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 5_000);
    return () => window.clearInterval(timer);
  }, [expiry]);

  useEffect(() => {
    if (expiry !== null && now >= expiry) tokenStore.end('expired');
  }, [expiry, now]);

  const remaining = expiry === null ? Infinity : expiry - now;
  const open = user !== null && remaining <= WARNING_BEFORE_EXPIRY_MS && remaining > 0 && dismissedFor !== token;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await reauthenticate(password);
      setPassword('');
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  };

  const minutes = Math.ceil(remaining / 60_000);
  return (
    <Dialog
      open={open}
      closeButton={false}
      aria-labelledby="session-expiry-heading"
      onClose={() => setDismissedFor(token)}
      data-testid="session-expiry-dialog"
      className="vekst-dialog"
    >
      <div className="vekst-dialog__body">
        <Heading level={2} data-size="sm" id="session-expiry-heading">
          {t('auth.expiryWarningTitle')}
        </Heading>
        <Paragraph>{minutes > 1 ? t('auth.expiryWarningText', { minutes }) : t('auth.expiryWarningTextLastMinute')}</Paragraph>
        {error !== null && <ErrorAlert error={error} />}
        <form onSubmit={submit} className="vekst-form" noValidate>
          <Textfield
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <div className="vekst-actions">
            <Button type="submit" loading={submitting} disabled={submitting}>
              {t('auth.continueSession')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDismissedFor(token)}>
              {t('auth.later')}
            </Button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
