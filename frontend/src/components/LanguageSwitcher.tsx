import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n';

/** One button that switches between bokmål and English, labelled in the language it switches to. */
export function LanguageSwitcher() {
  const { t, language, changeLanguage } = useI18n();
  const target = language === 'nb' ? 'en' : 'nb';
  return (
    <Button variant="tertiary" data-size="sm" lang={target} aria-label={t('language.switchTo')} onClick={() => void changeLanguage(target)}>
      {t('language.short')}
    </Button>
  );
}
