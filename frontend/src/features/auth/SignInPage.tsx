import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useAuth } from '../../lib/auth/AuthProvider';
import { useI18n } from '../../lib/i18n';

type SignInLocationState = { from?: string } | null;

export function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('auth.signInTitle'));
  const { token, user, endReason, signIn } = useAuth();
  const location = useLocation();
  const returnTo = (location.state as SignInLocationState)?.from ?? '/';

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  if (token && user) return <Navigate to={returnTo} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (failure) {
      setError(failure);
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="vekst-narrow">
      <Heading level={1} data-size="lg">
        {t('auth.signInTitle')}
      </Heading>
      <Paragraph>{t('auth.signInIntro')}</Paragraph>
      {endReason === 'expired' && !error && (
        <Alert data-color="warning" role="status">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      {endReason === 'signed-out' && !error && (
        <Alert data-color="info" role="status">
          {t('auth.signedOut')}
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('auth.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <Textfield
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" loading={submitting} disabled={submitting}>
          {submitting ? t('auth.submitting') : t('auth.submit')}
        </Button>
      </form>
    </div>
  );
}
