import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../lib/i18n';
import { CsvFormatHelp } from './CsvFormatHelp';
import { FlagsSection } from './FlagsSection';
import { ImportHistory } from './ImportHistory';
import { UploadSection } from './UploadSection';

/** Editors' page for data in: upload with a dry run first, the history of runs, and review of flagged values. */
export function DataPage() {
  const { t } = useI18n();
  usePageTitle(t('data.title'));
  const [latestRunId, setLatestRunId] = useState<string | null>(null);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('data.title')}
      </Heading>
      <Paragraph>{t('data.intro')}</Paragraph>
      <UploadSection onRun={setLatestRunId} />
      <ImportHistory latestRunId={latestRunId} />
      <FlagsSection />
      <CsvFormatHelp />
    </>
  );
}
