import { Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { DetailsList } from '../../components/DetailsList';
import { formatDate, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useRegions } from '../../lib/subjects';
import type { JobOpening, JobOpeningStatus } from './api';

const statusColour: Record<JobOpeningStatus, 'success' | 'neutral' | 'warning' | 'danger'> = {
  published: 'success',
  draft: 'neutral',
  expired: 'warning',
  withdrawn: 'danger',
};

/** The status as a tag: its word says it, the colour only repeats it. */
export function OpeningStatusTag({ status }: { status: JobOpeningStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={statusColour[status]} data-size="sm" data-testid="opening-status">
      {t(`openings.statuses.${status}`)}
    </Tag>
  );
}

/** "(demo)" beside a fictional opening's title. */
export function DemoTag() {
  const { t } = useI18n();
  return (
    <Tag data-color="info" data-size="sm" className="vekst-demo" title={t('openings.demoExplained')}>
      {t('openings.demoLabel')}
    </Tag>
  );
}

/**
 * The opening's description as the server keeps it. Why this is safe: the server sanitises the
 * description on input to a small allow-list of tags (p, br, strong, em, b, i, u, ul, ol, li, h3,
 * h4, and a with http(s) or mailto addresses), dropping scripts, styles and event handlers; the
 * contract calls the field "Safe HTML, ready to show". This is the only place the app puts HTML
 * from the server into the page; keep it that way.
 */
export function OpeningDescription({ html }: { html: string }) {
  return <div className="vekst-opening-description" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The region's municipalities (code and name), for the filter and the form; empty while loading or when there are none. */
export function useMunicipalityOptions(): { code: string; name: string }[] {
  const regions = useRegions();
  const byCode = new Map<string, string>();
  for (const region of regions.data?.items ?? []) for (const member of region.members) byCode.set(member.code, member.name);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

export function MunicipalityOptions({ options, emptyLabel }: { options: { code: string; name: string }[]; emptyLabel: string }) {
  return (
    <>
      <Select.Option value="">{emptyLabel}</Select.Option>
      {options.map((option) => (
        <Select.Option key={option.code} value={option.code}>
          {option.name}
        </Select.Option>
      ))}
    </>
  );
}

/** Where the opening is: address, postal code and city, or the municipality's name. */
function place(opening: JobOpening): string {
  const street = [opening.address, [opening.postalCode, opening.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return street ? `${street} (${opening.municipality.name})` : opening.municipality.name;
}

/** Everything about an opening, read-only, with its description. */
export function OpeningDetails({ opening }: { opening: JobOpening }) {
  const { t, language } = useI18n();
  const employer = opening.employer.organisationNumber
    ? t('openings.employerWithNumber', { name: opening.employer.name, number: opening.employer.organisationNumber })
    : opening.employer.name;
  const rows: [string, string][] = [
    [t('openings.fields.employer'), employer],
    [t('openings.fields.status'), t(`openings.statuses.${opening.status}`)],
    [t('openings.fields.source'), t(`openings.sources.${opening.source}`)],
    [t('openings.fields.municipality'), place(opening)],
    [t('openings.fields.category'), opening.category ?? t('openings.none')],
    [
      t('openings.fields.employmentType'),
      opening.employmentType ? t(`openings.employmentTypes.${opening.employmentType}`) : t('openings.none'),
    ],
    [t('openings.fields.positions'), formatInteger(opening.positions, language)],
    [t('openings.fields.startDate'), opening.startDate ? formatDate(opening.startDate, language) : t('openings.none')],
    [t('openings.fields.applicationDeadline'), formatDate(opening.applicationDeadline, language)],
  ];
  return (
    <div data-testid="opening-details">
      <div className="vekst-tags">
        <OpeningStatusTag status={opening.status} />
        {opening.demo && <DemoTag />}
      </div>
      <DetailsList rows={rows} />
      {opening.link && (
        <Paragraph>
          <a href={opening.link} target="_blank" rel="noopener noreferrer">
            {t('openings.applyLink')}
          </a>
        </Paragraph>
      )}
      {opening.description ? <OpeningDescription html={opening.description} /> : <Paragraph>{t('openings.noDescription')}</Paragraph>}
      {opening.source === 'job-feed' && <Paragraph data-size="sm">{t('openings.feedOwned')}</Paragraph>}
    </div>
  );
}
