import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../lib/auth/passwordRules';

type NewPasswordFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  name?: string;
};

/** A field for choosing a password, with the contract's length rule shown and enforced alike. */
export function NewPasswordField({ label, value, onChange, error, name }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <Textfield
      label={label}
      description={t('account.passwordRule')}
      name={name}
      type="password"
      autoComplete="new-password"
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_PASSWORD_LENGTH}
      required
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
