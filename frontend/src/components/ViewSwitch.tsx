import { Button } from '@digdir/designsystemet-react';

/**
 * Two or more ways to show the same things (board or list, list or calendar): plain toggle buttons
 * with aria-pressed, each its own Tab stop, in a labelled group.
 */
export function ViewSwitch<Value extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
}) {
  return (
    <div role="group" aria-label={label} className="vekst-view-switch">
      {options.map((option) => (
        <Button
          key={option.value}
          type="button"
          data-size="sm"
          variant={option.value === value ? 'primary' : 'secondary'}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </div>
  );
}
