import { Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../lib/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Code to paste into another site, with a button that copies it. The outcome is announced in a
 * live region that is always in the page, so screen readers hear "Kopiert".
 */
export function CodeSnippet({ code, what, testId }: { code: string; what: string; testId?: string }) {
  const { t } = useI18n();
  // What was copied, with the outcome: when the code changes, the message no longer applies.
  const [result, setResult] = useState<{ code: string; state: CopyState } | null>(null);
  const state: CopyState = result?.code === code ? result.state : 'idle';

  // The message goes away after a while.
  useEffect(() => {
    if (result === null) return;
    const timer = window.setTimeout(() => setResult(null), 5000);
    return () => window.clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    setResult(null);
    try {
      await navigator.clipboard.writeText(code);
      setResult({ code, state: 'copied' });
    } catch {
      setResult({ code, state: 'failed' });
    }
  };

  return (
    <div className="vekst-snippet" data-testid={testId}>
      <pre className="vekst-code">
        <code>{code}</code>
      </pre>
      <div className="vekst-snippet__tools">
        <Button variant="secondary" data-size="sm" aria-label={t('widgets.copyLabel', { what })} onClick={() => void copy()}>
          {t('widgets.copy')}
        </Button>
        <span role="status" className="vekst-snippet__status">
          {state === 'copied' ? t('widgets.copied') : state === 'failed' ? t('widgets.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
