import { Select } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../components/LabelledSelect';

type StatusFilterProps<S extends string> = {
  label: string;
  allLabel: string;
  statuses: readonly S[];
  labelOf: (status: S) => string;
  value: S | '';
  onChange: (status: S | '') => void;
};

/** A list's status filter: every status, or one. */
export function StatusFilter<S extends string>({ label, allLabel, statuses, labelOf, value, onChange }: StatusFilterProps<S>) {
  return (
    <div className="vekst-toolbar vekst-toolbar--start">
      <LabelledSelect label={label} value={value} onChange={(next) => onChange(next as S | '')}>
        <Select.Option value="">{allLabel}</Select.Option>
        {statuses.map((status) => (
          <Select.Option key={status} value={status}>
            {labelOf(status)}
          </Select.Option>
        ))}
      </LabelledSelect>
    </div>
  );
}
