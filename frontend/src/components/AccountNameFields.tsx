import { Textfield } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n';

type AccountNameFieldsProps = {
  username: string;
  displayName: string;
  onUsernameChange: (value: string) => void;
  onDisplayNameChange: (value: string) => void;
  /** The server's message for a field, if it refused one. */
  fieldError: (field: string) => string | undefined;
};

/** A new user's username and display name: the same two fields wherever a user is created or invited. */
export function AccountNameFields({ username, displayName, onUsernameChange, onDisplayNameChange, fieldError }: AccountNameFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Textfield
        label={t('users.username')}
        description={t('users.usernameRule')}
        name="username"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        error={fieldError('username')}
        onChange={(event) => onUsernameChange(event.target.value)}
      />
      <Textfield
        label={t('users.displayName')}
        name="displayName"
        autoComplete="off"
        required
        value={displayName}
        error={fieldError('displayName')}
        onChange={(event) => onDisplayNameChange(event.target.value)}
      />
    </>
  );
}
