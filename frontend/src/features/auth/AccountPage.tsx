import { Alert, Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { NewPasswordField } from '../../components/NewPasswordField';
import { usePageTitle } from '../../components/usePageTitle';
import { api, call } from '../../lib/api/client';
import { useNavigate } from 'react-router';
import { meQueryKey, useAuth } from '../../lib/auth/AuthProvider';
import { useI18n } from '../../lib/i18n';

export function AccountPage() {
  const { t } = useI18n();
  usePageTitle(t('account.title'));
  const { user } = useAuth();

  return (
    <div className="vekst-narrow">
      <Heading level={1} data-size="lg">
        {t('account.title')}
      </Heading>
      {user?.passwordChangeRequired && (
        <Alert data-color="warning" data-testid="password-change-required">
          {t('account.mustChange')}
        </Alert>
      )}
      {user && (
        <Card data-color="neutral">
          <Heading level={2} data-size="xs">
            {t('account.details')}
          </Heading>
          <dl className="vekst-details">
            <dt>{t('users.displayName')}</dt>
            <dd>{user.displayName}</dd>
            <dt>{t('users.username')}</dt>
            <dd>{user.username}</dd>
            <dt>{t('users.roles')}</dt>
            <dd>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
          </dl>
        </Card>
      )}
      <ChangePasswordForm temporary={user?.passwordChangeRequired === true} />
    </div>
  );
}

function ChangePasswordForm({ temporary }: { temporary: boolean }) {
  const { t } = useI18n();
  const { reauthenticate, user } = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [openApp, setOpenApp] = useState(false);

  // Into the app once the app itself knows the password is changed: navigating straight from the
  // mutation could render the shell with the previous answer of /auth/me, whose guard would send
  // the user back here.
  useEffect(() => {
    if (openApp && user?.passwordChangeRequired === false) void navigate('/', { state: { passwordChanged: true } });
  }, [openApp, user, navigate]);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [showMismatch, setShowMismatch] = useState(false);

  const change = useMutation({
    mutationFn: async () => {
      // Whether this was the temporary password, as it was when the change was sent: once /auth/me
      // has been read again below, the page re-renders with `temporary` false, possibly before onSuccess.
      const wasTemporary = temporary;
      await call(api.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } }));
      if (wasTemporary) {
        // The token from the temporary password is good only for changing it: sign in afresh
        // with the new one, then read who we are again so the rest of the app opens.
        await reauthenticate(newPassword);
        await queryClient.invalidateQueries({ queryKey: meQueryKey });
      }
      return wasTemporary;
    },
    onSuccess: (wasTemporary) => {
      if (wasTemporary) setOpenApp(true);
      setCurrentPassword('');
      setNewPassword('');
      setRepeated('');
    },
  });

  const fieldError = useFieldError(change.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== repeated) {
      setShowMismatch(true);
      return;
    }
    setShowMismatch(false);
    change.mutate();
  };

  return (
    <section aria-labelledby="change-password-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="change-password-heading">
        {t('account.changePasswordTitle')}
      </Heading>
      {change.isSuccess && (
        <Alert data-color="success" role="status">
          {t('account.saved')}
        </Alert>
      )}
      {change.isError && <ErrorAlert error={change.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={temporary ? t('account.temporaryPassword') : t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          error={fieldError('currentPassword')}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
        <NewPasswordField
          label={t('account.newPassword')}
          value={newPassword}
          error={fieldError('newPassword')}
          onChange={setNewPassword}
        />
        <Textfield
          label={t('account.repeatPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={repeated}
          error={showMismatch && newPassword !== repeated ? t('account.passwordsDiffer') : undefined}
          onChange={(event) => setRepeated(event.target.value)}
        />
        <Button type="submit" loading={change.isPending} disabled={change.isPending}>
          {t('account.save')}
        </Button>
      </form>
    </section>
  );
}
