import { Checkbox, Fieldset, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../lib/i18n';
import { allRoles, type Role } from '../../lib/auth/roles';
import { usePartnerOptions } from './api';

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

/** Only partner users are bound to a partner, so the choice appears with that role. */
export function PartnerIdField({ value, onChange, error }: PartnerIdFieldProps) {
  const { t } = useI18n();
  const partners = usePartnerOptions();
  const options = partners.data ?? [];
  // A bound partner that is not in the list (not loaded yet) still shows as chosen.
  const known = value === '' || options.some((partner) => partner.id === value);
  return (
    <SelectField label={t('users.partnerId')} description={t('users.partnerIdRule')} value={value} error={error} onChange={onChange}>
      <Select.Option value="">{partners.isPending ? t('state.loading') : t('users.choosePartner')}</Select.Option>
      {!known && <Select.Option value={value}>{value}</Select.Option>}
      {options.map((partner) => (
        <Select.Option key={partner.id} value={partner.id}>
          {`${partner.name} (${partner.organisationNumber})`}
        </Select.Option>
      ))}
    </SelectField>
  );
}

export function partnerIdFromInput(roles: readonly Role[], input: string): string | null {
  return roles.includes('partner') && input !== '' ? input : null;
}
