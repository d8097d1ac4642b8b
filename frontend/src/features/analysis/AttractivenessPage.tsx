import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageSection } from '../../components/PageSection';
import { usePageTitle } from '../../components/usePageTitle';
import { ApiError } from '../../lib/api/client';
import { useAuth } from '../../lib/auth/AuthProvider';
import { useI18n } from '../../lib/i18n';
import { yearParam } from '../../lib/subjects';
import { useAttractiveness, type Attractiveness } from './api';
import { parseTooFew, type SpanDraft } from './model';
import { ExcludedSection, FitSection, HomeSummary, RankingSection, SyntheticWarning } from './Results';
import { SpanForm } from './SpanForm';

/**
 * Residential attractiveness (issue #12): net migration beyond what job growth and size explain,
 * for every municipality with complete data, the home municipality and its peers picked out.
 * The span lives in the address, so a view can be bookmarked and sent on.
 */
export function AttractivenessPage() {
  const { t } = useI18n();
  usePageTitle(t('analysis.title'));
  const [params, setParams] = useSearchParams();
  const span = { from: yearParam(params.get('from')), to: yearParam(params.get('to')) };
  const query = useAttractiveness(span);
  // Without years in the address the server chooses; the fields then show its choice.
  const initial = { from: span.from ?? query.data?.from ?? '', to: span.to ?? query.data?.to ?? '' };

  const apply = (next: SpanDraft) => {
    const changed = new URLSearchParams(params);
    for (const name of ['from', 'to'] as const) {
      if (next[name]) changed.set(name, next[name]);
      else changed.delete(name);
    }
    setParams(changed, { replace: true });
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('analysis.title')}
      </Heading>
      <Paragraph>{t('analysis.intro')}</Paragraph>
      {query.data && <SyntheticWarning result={query.data} />}
      <section className="vekst-section" aria-labelledby="span-heading">
        <h2 id="span-heading" className="vekst-sr-only">
          {t('analysis.span.heading')}
        </h2>
        <SpanForm key={`${initial.from}-${initial.to}`} initial={initial} onApply={apply} />
        {query.data && (
          <Paragraph data-size="sm" role="status" data-testid="span-shown">
            {t('analysis.span.shown', { from: query.data.from, to: query.data.to, count: query.data.years })}
          </Paragraph>
        )}
      </section>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        query.error instanceof ApiError && query.error.code === 'too-few-municipalities' ? (
          <TooFewMunicipalities detail={query.error.problem?.detail} />
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : (
        <Results result={query.data} />
      )}
      <MethodSection />
    </>
  );
}

function Results({ result }: { result: Attractiveness }) {
  return (
    <>
      <HomeSummary result={result} />
      <RankingSection result={result} />
      <FitSection result={result} />
      <ExcludedSection result={result} />
    </>
  );
}

/** Not an error but a state: the national figures the fit needs are not imported yet. Says what to do. */
function TooFewMunicipalities({ detail }: { detail: string | undefined }) {
  const { t, language } = useI18n();
  const { user } = useAuth();
  const mayImport = user?.roles.some((role) => role === 'editor' || role === 'admin') ?? false;
  const parsed = parseTooFew(detail);
  return (
    <Alert data-color="info" data-testid="too-few">
      <Heading level={2} data-size="xs">
        {t('analysis.tooFew.heading')}
      </Heading>
      <Paragraph>{parsed ? t('analysis.tooFew.text', parsed) : t('analysis.tooFew.textUnknown')}</Paragraph>
      {detail && (
        <Paragraph data-size="sm">
          {t('analysis.tooFew.server')} <span lang={language === 'en' ? undefined : 'en'}>{detail}</span>
        </Paragraph>
      )}
      <Paragraph>{t('analysis.tooFew.importHint')}</Paragraph>
      <Paragraph>
        {mayImport ? (
          <Link asChild>
            <RouterLink to="/data">{t('analysis.tooFew.toData')}</RouterLink>
          </Link>
        ) : (
          t('analysis.tooFew.askEditor')
        )}{' '}
        {t('analysis.tooFew.otherSpan')}
      </Paragraph>
    </Alert>
  );
}

/** What is measured, how, from what, and what it cannot say. */
function MethodSection() {
  const { t } = useI18n();
  return (
    <PageSection id="method" title={t('analysis.method.heading')}>
      <Paragraph>{t('analysis.method.measured')}</Paragraph>
      <Paragraph>
        {t('analysis.method.formula')} {t('analysis.method.formulaRates')}
      </Paragraph>
      <Paragraph>{t('analysis.method.formulaFit')}</Paragraph>
      <Paragraph>{t('analysis.method.sources')}</Paragraph>
      <Heading level={3} data-size="xs">
        {t('analysis.method.limitsHeading')}
      </Heading>
      <ul className="vekst-notes">
        <li>{t('analysis.method.limits.association')}</li>
        <li>{t('analysis.method.limits.noise')}</li>
        <li>{t('analysis.method.limits.boundaries')}</li>
        <li>{t('analysis.method.limits.synthetic')}</li>
        <li>{t('analysis.method.limits.comparable')}</li>
      </ul>
    </PageSection>
  );
}
