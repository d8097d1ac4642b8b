import { Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

type CopyButtonProps = {
  /** What goes on the clipboard. */
  text: string;
  /** The button's accessible name, naming what it copies ("Kopier koden for Folketall"). */
  label: string;
  /** Said when the browser refuses the clipboard. */
  failedText: string;
};

/**
 * A "Kopier" button with its polite live region: the region is always in the page, so screen
 * readers hear "Kopiert" (or why it failed). The message goes away after a while, and no longer
 * applies when the text changes.
 */
export function CopyButton({ text, label, failedText }: CopyButtonProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ text: string; state: CopyState } | null>(null);
  const state: CopyState = result?.text === text ? result.state : 'idle';

  useEffect(() => {
    if (result === null) return;
    const timer = window.setTimeout(() => setResult(null), 5000);
    return () => window.clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    setResult(null);
    try {
      await navigator.clipboard.writeText(text);
      setResult({ text, state: 'copied' });
    } catch {
      setResult({ text, state: 'failed' });
    }
  };

  return (
    <span className="vekst-copy">
      <Button variant="secondary" data-size="sm" aria-label={label} onClick={() => void copy()}>
        {t('app.copy')}
      </Button>
      <span role="status" className="vekst-copy__status">
        {state === 'copied' ? t('app.copied') : state === 'failed' ? failedText : ''}
      </span>
    </span>
  );
}
