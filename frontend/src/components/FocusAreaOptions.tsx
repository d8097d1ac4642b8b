import { Select } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n';
import { focusAreas } from '../lib/kpis/api';

/** A focus-area select's options: the empty choice (all, none or "choose", in the caller's words), then the areas. */
export function FocusAreaOptions({ emptyLabel }: { emptyLabel: string }) {
  const { t } = useI18n();
  return (
    <>
      <Select.Option value="">{emptyLabel}</Select.Option>
      {focusAreas.map((area) => (
        <Select.Option key={area} value={area}>
          {t(`focusAreas.${area}`)}
        </Select.Option>
      ))}
    </>
  );
}
