import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n';
import { allRoles, type Role } from '../../lib/auth/roles';

type RolesFieldsetProps = {
  roles: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
};

/** Roles as checkboxes: they do not imply each other, so any combination can be chosen. */
export function RolesFieldset({ roles, onChange, error }: RolesFieldsetProps) {
  const { t } = useI18n();
  const toggle = (role: Role, checked: boolean) =>
    onChange(checked ? allRoles.filter((candidate) => candidate === role || roles.includes(candidate)) : roles.filter((r) => r !== role));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('users.roles')}</Fieldset.Legend>
      <Fieldset.Description>{t('users.rolesRule')}</Fieldset.Description>
      {allRoles.map((role) => (
        <Checkbox
          key={role}
          label={t(`roles.${role}`)}
          value={role}
          checked={roles.includes(role)}
          onChange={(event) => toggle(role, event.target.checked)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

type PartnerIdFieldProps = {
  value: string;
  onChange: (value: string) => void;
  error?: string;
};

/** Only partner users are bound to a partner, so the field appears with that role. */
export function PartnerIdField({ value, onChange, error }: PartnerIdFieldProps) {
  const { t } = useI18n();
  return (
    <Textfield
      label={t('users.partnerId')}
      description={t('users.partnerIdRule')}
      inputMode="numeric"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
    />
  );
}

export function partnerIdFromInput(roles: readonly Role[], input: string): number | null {
  return roles.includes('partner') && input !== '' ? Number(input) : null;
}
