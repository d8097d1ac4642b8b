import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { VekstWidget, WidgetsUnavailable, type WidgetAttributes, type WidgetTag } from '../../components/VekstWidget';
import { useI18n } from '../../lib/i18n';
import { usePublicKpis } from '../../lib/kpis/api';
import { useWidgetBundle } from '../../lib/widgets';

// The public page the widgets link to: the same widgets, large, for the home municipality, in the
// app's language.

const OPENINGS = '10';

export function FiguresPage() {
  const { t, language } = useI18n();
  usePageTitle(t('figures.title'));
  const bundle = useWidgetBundle();
  const kpis = usePublicKpis();
  const href = '/figures';

  const widget = (tag: WidgetTag, attributes: WidgetAttributes, fallback: string, testId?: string) => (
    <VekstWidget tag={tag} attributes={{ lang: language, ...attributes }} fallback={{ text: fallback, href }} testId={testId} />
  );

  return (
    <div className="vekst-figures-page">
      <Heading level={1} data-size="lg">
        {t('figures.title')}
      </Heading>
      <Paragraph className="vekst-prose">{t('figures.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/widgets">{t('figures.toWidgets')}</RouterLink>
        </Link>
      </Paragraph>
      {bundle.status === 'unavailable' && <WidgetsUnavailable />}
      {bundle.status === 'loading' && <Loading />}
      {bundle.status === 'ready' && (
        <>
          <FigureSection id="figures-population" title={t('figures.population')}>
            {widget('vekst-population', {}, t('widgets.elements.population.fallback'))}
            {widget('vekst-growth-target', {}, t('widgets.elements.growthTarget.fallback'))}
          </FigureSection>
          {kpis.data && kpis.data.items.length > 0 && (
            <FigureSection id="figures-kpis" title={t('figures.kpis')}>
              {kpis.data.items.map((kpi) => (
                <div key={kpi.key}>{widget('vekst-kpi', { key: kpi.key }, kpi.name[language], `kpi-${kpi.key}`)}</div>
              ))}
            </FigureSection>
          )}
          <FigureSection id="figures-partners" title={t('figures.partners')} wide>
            {widget('vekst-partners', {}, t('widgets.elements.partners.fallback'))}
          </FigureSection>
          <FigureSection id="figures-openings" title={t('figures.openings')} wide>
            {widget('vekst-job-openings', { limit: OPENINGS }, t('widgets.elements.jobOpenings.fallback'))}
          </FigureSection>
        </>
      )}
    </div>
  );
}

function FigureSection({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className="vekst-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {title}
      </Heading>
      <div className={wide ? 'vekst-widget-grid vekst-widget-grid--wide' : 'vekst-widget-grid'}>{children}</div>
    </section>
  );
}
