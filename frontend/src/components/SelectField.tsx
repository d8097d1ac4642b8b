import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  description?: string;
  /** A message from validation, shown below and announced with the field. */
  error?: string;
  required?: boolean;
  disabled?: boolean;
  name?: string;
};

/** A native select in a form: label, help text and validation message tied to it by Field. */
export function SelectField({ label, value, onChange, children, description, error, required, disabled, name }: SelectFieldProps) {
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        name={name}
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
