import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n';

/** The status rule in words (docs/kpi-status.md), folded away until asked for. */
export function StatusRule() {
  const { t } = useI18n();
  return (
    <Details className="vekst-rule" data-testid="status-rule">
      <Details.Summary>{t('kpis.statusRule.heading')}</Details.Summary>
      <Details.Content>
        <Paragraph>{t('kpis.statusRule.closed')}</Paragraph>
        <Paragraph>{t('kpis.statusRule.current')}</Paragraph>
        <Paragraph>{t('kpis.statusRule.noData')}</Paragraph>
        <Paragraph>{t('kpis.statusRule.trend')}</Paragraph>
      </Details.Content>
    </Details>
  );
}
