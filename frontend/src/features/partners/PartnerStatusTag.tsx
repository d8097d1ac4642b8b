import { Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n';
import type { Partner } from './api';

export function PartnerStatusTag({ status }: { status: Partner['status'] }) {
  const { t } = useI18n();
  const color = status === 'active' ? 'success' : status === 'prospect' ? 'info' : 'neutral';
  return <Tag data-color={color}>{t(`partners.statuses.${status}`)}</Tag>;
}
