import { Alert, Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { AccountNameFields } from '../../components/AccountNameFields';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { NewPasswordField } from '../../components/NewPasswordField';
import { QueryStatus } from '../../components/QueryStatus';
import type { Role } from '../../lib/auth/roles';
import { useI18n } from '../../lib/i18n';
import { useCreateUser, useResetPassword, useUpdateUser, useUser, type User } from './api';
import { partnerIdFromInput, PartnerIdField, RolesFieldset } from './UserFormFields';

export function CreateUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: User) => void }) {
  const { t } = useI18n();
  const create = useCreateUser();
  const fieldError = useFieldError(create.error);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(['viewer']);
  const [partnerId, setPartnerId] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { username: username.trim(), displayName: displayName.trim(), password, roles, partnerId: partnerIdFromInput(roles, partnerId) },
      { onSuccess: onCreated },
    );
  };

  return (
    <FormDialog title={t('users.createTitle')} onClose={onClose}>
      {create.isError && <ErrorAlert error={create.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <AccountNameFields
          username={username}
          displayName={displayName}
          onUsernameChange={setUsername}
          onDisplayNameChange={setDisplayName}
          fieldError={fieldError}
        />
        <NewPasswordField
          label={t('users.initialPassword')}
          name="password"
          value={password}
          error={fieldError('password')}
          onChange={setPassword}
        />
        <RolesFieldset roles={roles} onChange={setRoles} error={fieldError('roles')} />
        {roles.includes('partner') && <PartnerIdField value={partnerId} onChange={setPartnerId} error={fieldError('partnerId')} />}
        <DialogButtons pending={create.isPending} onCancel={onClose} submitLabel={t('users.create')} />
      </form>
    </FormDialog>
  );
}

export function EditUserDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: (user: User) => void }) {
  const { t } = useI18n();
  // Read fresh: the ETag of this read guards the update against someone else's change meanwhile.
  const current = useUser(user.id);
  return (
    <FormDialog title={t('users.editTitle', { username: user.username })} onClose={onClose}>
      <QueryStatus query={current}>
        {({ user: fresh, etag }) => <EditUserForm key={etag} user={fresh} etag={etag} onCancel={onClose} onSaved={onSaved} />}
      </QueryStatus>
    </FormDialog>
  );
}

function EditUserForm({
  user,
  etag,
  onCancel,
  onSaved,
}: {
  user: User;
  etag: string;
  onCancel: () => void;
  onSaved: (user: User) => void;
}) {
  const { t } = useI18n();
  const update = useUpdateUser();
  const fieldError = useFieldError(update.error);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>([...user.roles]);
  const [enabled, setEnabled] = useState(user.enabled);
  const [partnerId, setPartnerId] = useState(user.partnerId ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: user.id, etag, body: { displayName: displayName.trim(), roles, enabled, partnerId: partnerIdFromInput(roles, partnerId) } },
      { onSuccess: onSaved },
    );
  };

  return (
    <>
      {update.isError && <ErrorAlert error={update.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('users.displayName')}
          required
          value={displayName}
          error={fieldError('displayName')}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <RolesFieldset roles={roles} onChange={setRoles} error={fieldError('roles')} />
        {roles.includes('partner') && <PartnerIdField value={partnerId} onChange={setPartnerId} error={fieldError('partnerId')} />}
        <Checkbox label={t('users.accountEnabled')} checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        <DialogButtons pending={update.isPending} onCancel={onCancel} submitLabel={t('users.save')} />
      </form>
    </>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useI18n();
  const reset = useResetPassword();
  const fieldError = useFieldError(reset.error);
  const [newPassword, setNewPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ id: user.id, newPassword }, { onSuccess: () => setNewPassword('') });
  };

  return (
    <FormDialog title={t('users.resetPasswordTitle', { username: user.username })} onClose={onClose}>
      {reset.isSuccess ? (
        <>
          <Alert data-color="success" role="status">
            {t('users.resetPasswordDone', { username: user.username })}
          </Alert>
          <div className="vekst-actions">
            <Button onClick={onClose}>{t('app.closeDialog')}</Button>
          </div>
        </>
      ) : (
        <>
          {reset.isError && <ErrorAlert error={reset.error} />}
          <form onSubmit={submit} className="vekst-form" noValidate>
            <NewPasswordField
              label={t('account.newPassword')}
              value={newPassword}
              error={fieldError('newPassword')}
              onChange={setNewPassword}
            />
            <DialogButtons pending={reset.isPending} onCancel={onClose} submitLabel={t('users.resetPassword')} />
          </form>
        </>
      )}
    </FormDialog>
  );
}
