import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../lib/i18n';
import { useHomeMunicipality, usePeerGroups, usePopulationSeries, useRegions, type PopulationSeries } from './api';
import { BoundaryChangesSection } from './BoundaryChanges';
import { ComparisonSection } from './ComparisonSection';
import { ComponentsSection } from './ComponentsSection';
import { seriesQuery, usePageState } from './pageState';
import { PeerGroupsSection } from './PeerGroups';
import { PopulationControls } from './PopulationControls';
import { ProjectionSection } from './ProjectionSection';
import { SeriesFigures } from './SeriesSection';
import { MemberNotes, NoFigures, PageSection, useRoles } from './shared';
import { TargetFigures } from './TargetsSection';

/**
 * Population figures for signed-in users: a municipality, a region or a peer group, year by year or
 * quarter by quarter, against the programme's targets, beside the region or a peer group, and
 * projected to 2030. Admins also record boundary changes and keep the peer groups here.
 */
export function PopulationPage() {
  const { t } = useI18n();
  usePageTitle(t('population.title'));
  const { state, update } = usePageState();
  const { isAdmin } = useRoles();
  const home = useHomeMunicipality();
  const regions = useRegions();
  const peerGroups = usePeerGroups();
  const series = usePopulationSeries(seriesQuery(state));
  const regionList = regions.data?.items ?? [];
  const groupList = peerGroups.data?.items ?? [];
  const subject = series.data?.subject;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('population.title')}
      </Heading>
      <Paragraph>{t('population.intro')}</Paragraph>
      <PopulationControls
        state={state}
        update={update}
        home={home.data}
        regions={regionList}
        peerGroups={groupList}
        shownVariant={series.data?.variant}
      />
      <PageSection
        id="series"
        title={subject ? t('population.series.heading', { subject: subject.name }) : t('population.series.headingPlain')}
        busy={series.isFetching}
      >
        <QueryStatus query={series}>
          {(data) => (data.points.length === 0 ? <EmptySeries series={data} /> : <SeriesFigures series={data} />)}
        </QueryStatus>
        {series.data && <MemberNotes notes={series.data.notes} />}
      </PageSection>
      <ComponentsSection state={state} />
      <PageSection id="targets" title={t('population.targets.heading')} busy={series.isFetching}>
        <QueryStatus query={series}>{(data) => <TargetFigures series={data} />}</QueryStatus>
      </PageSection>
      <ComparisonSection state={state} update={update} regions={regionList} peerGroups={groupList} />
      <ProjectionSection state={state} />
      {isAdmin && (
        <>
          {subject?.kind === 'municipality' ? (
            <BoundaryChangesSection municipality={{ code: subject.key, name: subject.name }} />
          ) : (
            <PageSection id="boundary-changes" title={t('population.boundary.headingPlain')}>
              <Paragraph>{t('population.boundary.chooseMunicipality')}</Paragraph>
            </PageSection>
          )}
          <PeerGroupsSection />
        </>
      )}
    </>
  );
}

function EmptySeries({ series }: { series: PopulationSeries }) {
  const { t } = useI18n();
  const group = series.subject.kind !== 'municipality';
  return <NoFigures text={t(group ? 'population.empty.group' : 'population.empty.series', { subject: series.subject.name })} />;
}
