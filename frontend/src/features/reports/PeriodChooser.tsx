import { Select } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../components/LabelledSelect';
import { useI18n } from '../../lib/i18n';
import { reportKinds, type ReportKind } from './api';
import { chooserYears, partsOf, switchKind, type ReportPeriodChoice } from './period';

/** "2. tertial 2026", "3. kvartal 2026": a period as a heading or a list names it. */
export function usePeriodLabel(): (choice: ReportPeriodChoice) => string {
  const { t } = useI18n();
  return (choice) => t(`reports.periodLabel.${choice.kind}`, { part: choice.part, year: choice.year });
}

/** The report's kind, year and tertial or quarter; the page keeps the choice in its address. */
export function PeriodChooser({ value, onChange }: { value: ReportPeriodChoice; onChange: (next: ReportPeriodChoice) => void }) {
  const { t } = useI18n();
  const years = chooserYears(new Date(), value.year);
  const parts = Array.from({ length: partsOf(value.kind) }, (_, index) => index + 1);
  return (
    <div className="vekst-toolbar" role="group" aria-label={t('reports.chooser.label')}>
      <LabelledSelect
        label={t('reports.chooser.kind')}
        value={value.kind}
        onChange={(kind) => onChange(switchKind(value, kind as ReportKind))}
      >
        {reportKinds.map((kind) => (
          <Select.Option key={kind} value={kind}>
            {t(`reports.kinds.${kind}`)}
          </Select.Option>
        ))}
      </LabelledSelect>
      <LabelledSelect
        label={t('reports.chooser.year')}
        value={String(value.year)}
        onChange={(year) => onChange({ ...value, year: Number(year) })}
      >
        {years.map((year) => (
          <Select.Option key={year} value={String(year)}>
            {year}
          </Select.Option>
        ))}
      </LabelledSelect>
      <LabelledSelect
        label={t(`reports.chooser.part.${value.kind}`)}
        value={String(value.part)}
        onChange={(part) => onChange({ ...value, part: Number(part) })}
      >
        {parts.map((part) => (
          <Select.Option key={part} value={String(part)}>
            {t(`reports.parts.${value.kind === 'tertial' ? 'T' : 'Q'}${part}` as 'reports.parts.T1')}
          </Select.Option>
        ))}
      </LabelledSelect>
    </div>
  );
}
