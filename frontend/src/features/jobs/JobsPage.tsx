import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { SubjectSelect, YearRange } from '../../components/SubjectChoices';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../lib/i18n';
import { subjectParams, useHomeMunicipality, usePeerGroups, useRegions } from '../../lib/subjects';
import { useEmployment, useIndustries } from './api';
import { CommutingSection } from './CommutingSection';
import { ComparisonSection } from './ComparisonSection';
import { EmploymentSections } from './EmploymentSections';
import { EnterprisesSection } from './EnterprisesSection';
import { useJobsPageState } from './pageState';
import { sectionNamer, useJobsRoles } from './parts';
import { UnitsSection } from './UnitsSection';

/**
 * Jobs and businesses for signed-in users: jobs over time, by ownership and by industry, commuting,
 * new and closed enterprises, and the subject beside the region or a peer group. Everyone but
 * partners can also search the register's units.
 */
export function JobsPage() {
  const { t, language } = useI18n();
  usePageTitle(t('jobs.title'));
  const { state, update } = useJobsPageState();
  const { maySeeUnits } = useJobsRoles();
  const home = useHomeMunicipality();
  const regions = useRegions();
  const peerGroups = usePeerGroups();
  const industries = useIndustries();
  const employment = useEmployment({ ...subjectParams(state.subject), from: state.from, to: state.to });
  const regionList = regions.data?.items ?? [];
  const groupList = peerGroups.data?.items ?? [];
  const names = useMemo(() => sectionNamer(industries.data, language), [industries.data, language]);
  // The register gives each unit's industry in today's classification.
  const current = useMemo(() => {
    const classifications = industries.data?.classifications ?? [];
    return (classifications.find((classification) => classification.usedTo === null) ?? classifications.at(-1))?.key ?? 'SN2025';
  }, [industries.data]);
  const sectionName = useMemo(() => (section: string) => names(current, section), [names, current]);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('jobs.title')}
      </Heading>
      <Paragraph>{t('jobs.intro')}</Paragraph>
      <section className="vekst-section" aria-labelledby="jobs-choices-heading">
        <h2 id="jobs-choices-heading" className="vekst-sr-only">
          {t('jobs.choicesHeading')}
        </h2>
        <div className="vekst-filter-grid vekst-population-choices">
          <SubjectSelect
            subject={state.subject}
            home={home.data}
            regions={regionList}
            peerGroups={groupList}
            onChange={(subject) => update({ subject })}
          />
          <YearRange from={state.from} to={state.to} onChange={(range) => update(range)} />
        </div>
      </section>
      <EmploymentSections employment={employment} names={names} />
      <CommutingSection state={state} />
      <EnterprisesSection state={state} update={update} sectionName={names} />
      <ComparisonSection state={state} update={update} regions={regionList} peerGroups={groupList} />
      {maySeeUnits && <UnitsSection subject={state.subject} homeCode={home.data?.code} sectionName={sectionName} />}
    </>
  );
}
