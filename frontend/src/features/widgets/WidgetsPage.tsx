import { Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { CaptionedTable } from '../../components/CaptionedTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import { usePageTitle } from '../../components/usePageTitle';
import { VekstWidget, WidgetsUnavailable, type WidgetAttributes, type WidgetTag } from '../../components/VekstWidget';
import { useI18n, type Language } from '../../lib/i18n';
import { usePublicKpis } from '../../lib/kpis/api';
import { absoluteUrl, formatKilobytes, siteOrigin, useWidgetBundle, type WidgetBundle } from '../../lib/widgets';
import { CodeSnippet } from './CodeSnippet';
import { cspSnippet, elementSnippet, MUNICIPALITY_CODE, pinnedSnippet } from './snippets';

// For the web editors of kongsberg.no (who may have no account): each widget documented, live,
// and as code to paste, following the settings tried on the page.

type TextKey = 'population' | 'growthTarget' | 'kpi' | 'partners' | 'jobOpenings';
type Theme = 'light' | 'dark' | 'inherit';
const themes: readonly Theme[] = ['light', 'dark', 'inherit'];
const languages: readonly Language[] = ['nb', 'en'];
const DEFAULT_OPENINGS = '5';
const FALLBACK_KPI = 'population-growth';

const elements: readonly { tag: WidgetTag; text: TextKey }[] = [
  { tag: 'vekst-population', text: 'population' },
  { tag: 'vekst-growth-target', text: 'growthTarget' },
  { tag: 'vekst-kpi', text: 'kpi' },
  { tag: 'vekst-partners', text: 'partners' },
  { tag: 'vekst-job-openings', text: 'jobOpenings' },
];

type AttributeRow = { name: string; values: string; default: string; meaning: string };

export function WidgetsPage() {
  const { t, language } = useI18n();
  usePageTitle(t('widgets.title'));
  const bundle = useWidgetBundle();
  const kpis = usePublicKpis();

  const [municipalityDraft, setMunicipalityDraft] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [municipalityError, setMunicipalityError] = useState(false);
  const [lang, setLang] = useState<Language>(language);
  const [theme, setTheme] = useState<Theme>('light');
  const [chosenKpi, setChosenKpi] = useState('');

  const kpiItems = kpis.data?.items ?? [];
  const kpiKey = chosenKpi || kpiItems[0]?.key || FALLBACK_KPI;
  const origin = siteOrigin();
  const figuresUrl = `${origin}/figures`;
  const scriptUrl = absoluteUrl(bundle.manifest?.stable ?? '/embed/v1/vekst-widgets.js');

  const changeMunicipality = (value: string) => {
    setMunicipalityDraft(value);
    const code = value.trim();
    // A valid code (or none: the home municipality) applies at once; a wrong one never reaches the code.
    if (code === '' || MUNICIPALITY_CODE.test(code)) {
      setMunicipality(code);
      setMunicipalityError(false);
    }
  };
  const checkMunicipality = () => {
    const code = municipalityDraft.trim();
    setMunicipalityError(code !== '' && !MUNICIPALITY_CODE.test(code));
  };

  const common: WidgetAttributes = { municipality: municipality || undefined, lang, theme };
  const attributesOf = (tag: WidgetTag): WidgetAttributes => {
    if (tag === 'vekst-kpi') return { key: kpiKey, ...common };
    if (tag === 'vekst-job-openings') return { ...common, limit: DEFAULT_OPENINGS };
    return common;
  };

  const commonRows: AttributeRow[] = [
    {
      name: 'municipality',
      values: t('widgets.attributes.municipalityValues'),
      default: t('widgets.attributes.municipalityDefault'),
      meaning: t('widgets.attributes.municipalityMeaning'),
    },
    { name: 'lang', values: 'nb, en', default: 'nb', meaning: t('widgets.attributes.langMeaning') },
    { name: 'theme', values: 'light, dark, inherit', default: 'light', meaning: t('widgets.attributes.themeMeaning') },
    {
      name: 'api-base',
      values: t('widgets.attributes.apiBaseValues'),
      default: t('widgets.attributes.apiBaseDefault'),
      meaning: t('widgets.attributes.apiBaseMeaning'),
    },
  ];
  const rowsOf = (tag: WidgetTag): AttributeRow[] => {
    switch (tag) {
      case 'vekst-kpi':
        return [
          {
            name: 'key',
            values: kpiItems.length > 0 ? kpiItems.map((kpi) => kpi.key).join(', ') : t('widgets.attributes.keyValues'),
            default: t('widgets.attributes.none'),
            meaning: t('widgets.attributes.keyMeaning'),
          },
          ...commonRows,
        ];
      case 'vekst-partners':
        return [
          ...commonRows,
          {
            name: 'year',
            values: t('widgets.attributes.yearValues'),
            default: t('widgets.attributes.yearDefault'),
            meaning: t('widgets.attributes.yearMeaning'),
          },
        ];
      case 'vekst-job-openings':
        return [
          // Without a municipality the openings of every municipality are listed.
          { ...commonRows[0]!, default: t('widgets.attributes.municipalityAllDefault') },
          ...commonRows.slice(1),
          {
            name: 'limit',
            values: t('widgets.attributes.limitValues'),
            default: DEFAULT_OPENINGS,
            meaning: t('widgets.attributes.limitMeaning'),
          },
        ];
      default:
        return commonRows;
    }
  };

  return (
    <div className="vekst-widgets-page">
      <Heading level={1} data-size="lg">
        {t('widgets.title')}
      </Heading>
      <Paragraph className="vekst-prose">{t('widgets.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/figures">{t('figures.title')}</RouterLink>
        </Link>
      </Paragraph>
      <BundleStatus bundle={bundle} />

      <section className="vekst-section" aria-labelledby="widget-settings-heading">
        <Heading level={2} data-size="md" id="widget-settings-heading">
          {t('widgets.settings.heading')}
        </Heading>
        <Paragraph data-size="sm" className="vekst-muted">
          {t('widgets.settings.help')}
        </Paragraph>
        <div className="vekst-filter-grid vekst-widget-settings">
          <Textfield
            label={t('widgets.settings.municipality')}
            description={t('widgets.settings.municipalityHelp')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            size={6}
            value={municipalityDraft}
            error={municipalityError ? t('widgets.settings.municipalityError') : undefined}
            onChange={(event) => changeMunicipality(event.target.value)}
            onBlur={checkMunicipality}
            data-testid="widget-municipality"
          />
          <LabelledSelect label={t('widgets.settings.language')} value={lang} onChange={(value) => setLang(value as Language)}>
            {languages.map((option) => (
              <option key={option} value={option}>
                {t(`widgets.languages.${option}`)}
              </option>
            ))}
          </LabelledSelect>
          <LabelledSelect label={t('widgets.settings.theme')} value={theme} onChange={(value) => setTheme(value as Theme)}>
            {themes.map((option) => (
              <option key={option} value={option}>
                {t(`widgets.themes.${option}`)}
              </option>
            ))}
          </LabelledSelect>
        </div>
      </section>

      {elements.map(({ tag, text }) => {
        const attributes = attributesOf(tag);
        const fallback = { text: t(`widgets.elements.${text}.fallback`, { lng: lang }), href: figuresUrl };
        const heading = t(`widgets.elements.${text}.heading`);
        return (
          <section key={tag} className="vekst-section vekst-widget-doc" aria-labelledby={`${tag}-heading`} data-testid={`doc-${tag}`}>
            <Heading level={2} data-size="md" id={`${tag}-heading`}>
              {heading}
            </Heading>
            <Paragraph>
              {t(`widgets.elements.${text}.description`)} <code className="vekst-inline-code">{`<${tag}>`}</code>
            </Paragraph>
            {tag === 'vekst-kpi' && kpiItems.length > 0 && (
              <LabelledSelect label={t('widgets.settings.kpi')} value={kpiKey} onChange={setChosenKpi}>
                {kpiItems.map((kpi) => (
                  <option key={kpi.key} value={kpi.key}>
                    {`${kpi.name[language]} (${kpi.key})`}
                  </option>
                ))}
              </LabelledSelect>
            )}
            <CaptionedTable
              caption={t('widgets.attributes.caption', { tag })}
              headers={[
                t('widgets.attributes.name'),
                t('widgets.attributes.values'),
                t('widgets.attributes.default'),
                t('widgets.attributes.meaning'),
              ]}
              testId={`attributes-${tag}`}
            >
              {rowsOf(tag).map((row) => (
                <Table.Row key={row.name}>
                  <Table.HeaderCell scope="row">
                    <code>{row.name}</code>
                  </Table.HeaderCell>
                  <Table.Cell>{row.values}</Table.Cell>
                  <Table.Cell>{row.default}</Table.Cell>
                  <Table.Cell>{row.meaning}</Table.Cell>
                </Table.Row>
              ))}
            </CaptionedTable>
            <Heading level={3} data-size="xs">
              {t('widgets.preview')}
            </Heading>
            <div className="vekst-widget-preview" data-testid={`preview-${tag}`} data-theme-preview={theme}>
              {bundle.status === 'ready' ? (
                <VekstWidget tag={tag} attributes={attributes} fallback={fallback} />
              ) : bundle.status === 'unavailable' ? (
                <Paragraph data-size="sm" className="vekst-muted">
                  {t('widgets.noPreview')}
                </Paragraph>
              ) : null}
            </div>
            <Heading level={3} data-size="xs">
              {t('widgets.code')}
            </Heading>
            <Paragraph data-size="sm" className="vekst-muted">
              {t('widgets.codeHelp')}
            </Paragraph>
            <CodeSnippet code={elementSnippet(scriptUrl, tag, attributes, fallback)} what={heading} testId={`snippet-${tag}`} />
          </section>
        );
      })}

      <section className="vekst-section" aria-labelledby="widget-pinned-heading">
        <Heading level={2} data-size="md" id="widget-pinned-heading">
          {t('widgets.pinned.heading')}
        </Heading>
        <Paragraph className="vekst-prose">{t('widgets.pinned.text', { stable: scriptUrl })}</Paragraph>
        {bundle.manifest ? (
          <>
            <dl className="vekst-details vekst-widget-pinned" data-testid="pinned-details">
              <dt>{t('widgets.pinned.url')}</dt>
              <dd>
                <code>{absoluteUrl(bundle.manifest.pinned)}</code>
              </dd>
              <dt>{t('widgets.pinned.integrity')}</dt>
              <dd>
                <code>{bundle.manifest.integrity}</code>
              </dd>
            </dl>
            <CodeSnippet
              code={pinnedSnippet(absoluteUrl(bundle.manifest.pinned), bundle.manifest.integrity)}
              what={t('widgets.pinned.what')}
              testId="snippet-pinned"
            />
          </>
        ) : (
          <Paragraph data-size="sm" className="vekst-muted">
            {t('widgets.pinned.unavailable')}
          </Paragraph>
        )}
      </section>

      <section className="vekst-section" aria-labelledby="widget-csp-heading">
        <Heading level={2} data-size="md" id="widget-csp-heading">
          {t('widgets.csp.heading')}
        </Heading>
        <Paragraph className="vekst-prose">{t('widgets.csp.text')}</Paragraph>
        <CodeSnippet code={cspSnippet(origin)} what={t('widgets.csp.what')} testId="snippet-csp" />
        <Paragraph className="vekst-prose">{t('widgets.csp.noStyle')}</Paragraph>
      </section>
    </div>
  );
}

function BundleStatus({ bundle }: { bundle: WidgetBundle }) {
  const { t, language } = useI18n();
  if (bundle.status === 'unavailable') return <WidgetsUnavailable />;
  if (bundle.status === 'ready') {
    return (
      <Paragraph data-size="sm" className="vekst-muted" data-testid="widgets-bundle">
        {t('widgets.bundle', { version: bundle.manifest.version, size: formatKilobytes(bundle.manifest.gzipBytes, language) })}
      </Paragraph>
    );
  }
  return null;
}
