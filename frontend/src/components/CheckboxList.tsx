import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';

type CheckboxListProps = {
  legend: string;
  description?: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** With many options, a text field narrows the list (checked ones stay visible). */
  filterLabel?: string;
  error?: string;
};

/**
 * Choosing several of a list: checkboxes in a fieldset, each with its label, operable by keyboard
 * and announced as a group. Long lists scroll and can be narrowed by typing.
 */
export function CheckboxList({ legend, description, options, selected, onChange, filterLabel, error }: CheckboxListProps) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const visible =
    needle === '' ? options : options.filter((option) => selected.includes(option.value) || option.label.toLowerCase().includes(needle));
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((candidate) => candidate !== value));
  return (
    <Fieldset className="vekst-checkbox-list">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {filterLabel && (
        <Textfield label={filterLabel} type="search" data-size="sm" value={filter} onChange={(event) => setFilter(event.target.value)} />
      )}
      <div className="vekst-checkbox-list__options">
        {visible.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
        ))}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
