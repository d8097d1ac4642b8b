import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../lib/i18n';
import { validateSpan, type SpanDraft, type SpanErrors } from './model';

/**
 * The span's first and last year, applied with a button (a fit over every municipality is not
 * redone on each keystroke). Empty fields leave the choice to the server.
 */
export function SpanForm({ initial, onApply }: { initial: SpanDraft; onApply: (span: SpanDraft) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<SpanErrors>({});
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSpan(draft);
    setErrors(found);
    if (found.from) fromRef.current?.focus();
    else if (found.to) toRef.current?.focus();
    else onApply(draft);
  };
  const change = (name: keyof SpanDraft, value: string) => {
    setDraft((current) => ({ ...current, [name]: value.trim() }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  };
  const message = (error: SpanErrors[keyof SpanErrors]) => (error ? t(`analysis.span.${error}`) : undefined);

  return (
    <form onSubmit={submit} noValidate className="vekst-span-form" data-testid="span-form">
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('analysis.span.heading')}</Fieldset.Legend>
        <Paragraph data-size="sm" className="vekst-muted">
          {t('analysis.span.help')}
        </Paragraph>
        <div className="vekst-year-range vekst-span-form__fields">
          <Textfield
            ref={fromRef}
            label={t('analysis.span.from')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            size={6}
            value={draft.from}
            error={message(errors.from)}
            onChange={(event) => change('from', event.target.value)}
          />
          <Textfield
            ref={toRef}
            label={t('analysis.span.to')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            size={6}
            value={draft.to}
            error={message(errors.to)}
            onChange={(event) => change('to', event.target.value)}
          />
          <Button type="submit" variant="secondary" data-size="sm">
            {t('analysis.span.apply')}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}
