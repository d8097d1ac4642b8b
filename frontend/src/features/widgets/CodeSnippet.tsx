import { CopyButton } from '../../components/CopyButton';
import { useI18n } from '../../lib/i18n';

/** Code to paste into another site, with a button that copies it and says so in a live region. */
export function CodeSnippet({ code, what, testId }: { code: string; what: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <div className="vekst-snippet" data-testid={testId}>
      <pre className="vekst-code">
        <code>{code}</code>
      </pre>
      <div className="vekst-snippet__tools">
        <CopyButton text={code} label={t('widgets.copyLabel', { what })} failedText={t('widgets.copyFailed')} />
      </div>
    </div>
  );
}
