import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailsList } from '../../components/DetailsList';
import { FigureTable, type FigureColumn } from '../../components/FigureTable';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNok, formatPercent } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useCampaign, useDeleteCampaign, type Campaign } from './api';
import { EditCampaignDialog } from './CampaignDialog';
import { CampaignResults } from './CampaignResults';
import { MetricGrid } from './MetricGrid';
import { CampaignStatusTag, orDash, useCampaignPeriod, useChannelLabel, useProgressLines } from './parts';
import { useCampaignPermissions } from './roles';

type Target = Campaign['progress']['targets'][number];

export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const campaign = useCampaign(id);
  usePageTitle(campaign.data?.campaign.name ?? t('campaigns.title'));
  const { manage } = useCampaignPermissions();
  const navigate = useNavigate();
  const remove = useDeleteCampaign();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <Link asChild>
        <RouterLink to="/campaigns">{t('campaigns.backToList')}</RouterLink>
      </Link>
      <QueryStatus query={campaign}>
        {({ campaign: current, etag }) => (
          <>
            <Heading level={1} data-size="lg">
              {current.name}
            </Heading>
            <CampaignStatusTag status={current.status} />
            {saved && (
              <Alert data-color="success" role="status">
                {t('campaigns.form.saved')}
              </Alert>
            )}
            {manage && (
              <div className="vekst-actions vekst-section-actions">
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSaved(false);
                    setDialog('edit');
                  }}
                >
                  {t('campaigns.detail.edit')}
                </Button>
                <Button variant="tertiary" data-color="danger" onClick={() => setDialog('delete')}>
                  {t('campaigns.detail.delete')}
                </Button>
              </div>
            )}
            <PlanSection campaign={current} />
            <BudgetSection campaign={current} />
            <ProgressSection campaign={current} />
            <PartnersSection campaign={current} />
            <LinksSection campaign={current} />
            <CampaignResults campaign={current} />
            {manage && <MetricGrid campaign={current} />}
            {dialog === 'edit' && (
              <EditCampaignDialog
                campaignId={current.id}
                onClose={() => setDialog(null)}
                onSaved={() => {
                  setDialog(null);
                  setSaved(true);
                }}
              />
            )}
            {dialog === 'delete' && (
              <ConfirmDialog
                title={t('campaigns.detail.deleteTitle', { name: current.name })}
                text={t('campaigns.detail.deleteText')}
                confirmLabel={t('campaigns.detail.deleteConfirm')}
                pending={remove.isPending}
                error={remove.error}
                onConfirm={() =>
                  remove.mutate(
                    { id: current.id, etag },
                    { onSuccess: () => void navigate('/campaigns', { state: { deleted: current.name } }) },
                  )
                }
                onClose={() => {
                  remove.reset();
                  setDialog(null);
                }}
              />
            )}
          </>
        )}
      </QueryStatus>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="vekst-section" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function PlanSection({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const period = useCampaignPeriod();
  const channelLabel = useChannelLabel();
  const none = t('campaigns.detail.none');
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : none);
  const feeds = (what: 'sessions' | 'leads' | null) =>
    what === 'sessions'
      ? t('campaigns.form.feedsSessions')
      : what === 'leads'
        ? t('campaigns.form.feedsLeads')
        : t('campaigns.form.feedsNone');
  const rows: [string, string][] = [
    [t('campaigns.detail.slug'), campaign.slug],
    [t('campaigns.detail.period'), period(campaign)],
    [t('campaigns.detail.owner'), campaign.owner ?? none],
    [t('campaigns.detail.focusAreas'), list(campaign.focusAreas.map((area) => t(`focusAreas.${area}`)))],
    [t('campaigns.detail.targetGroups'), list(campaign.targetGroups)],
    [t('campaigns.detail.channels'), list(campaign.channels.map(channelLabel))],
    [
      t('campaigns.detail.kpis'),
      list(campaign.kpis.map((kpi) => t('campaigns.detail.feeds', { name: kpi.name[language], what: feeds(kpi.feeds) }))),
    ],
    [t('campaigns.detail.description'), campaign.description ?? none],
  ];
  return (
    <Section id="plan-heading" title={t('campaigns.detail.plan')}>
      <DetailsList rows={rows} testId="campaign-plan" />
    </Section>
  );
}

function BudgetSection({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const percent = (value: number) => formatPercent(value, language, { decimals: 0 });
  const { budgetUsedPercent, elapsedPercent } = campaign.progress;
  const rows: [string, string][] = [
    [t('campaigns.detail.budgetNok'), formatNok(campaign.budgetNok, language)],
    [t('campaigns.detail.otherSpendNok'), formatNok(campaign.otherSpendNok, language)],
    [t('campaigns.detail.spendNok'), formatNok(campaign.spendNok, language)],
    [t('campaigns.detail.budgetUsed'), orDash(budgetUsedPercent, percent)],
    [t('campaigns.detail.elapsed'), percent(elapsedPercent)],
  ];
  return (
    <Section id="budget-heading" title={t('campaigns.detail.budget')}>
      <DetailsList rows={rows} testId="campaign-budget" />
      <Paragraph data-testid="budget-summary">
        {budgetUsedPercent === null
          ? t('campaigns.detail.budgetVsElapsedNoBudget', { elapsed: percent(elapsedPercent) })
          : t('campaigns.detail.budgetVsElapsed', { used: percent(budgetUsedPercent), elapsed: percent(elapsedPercent) })}{' '}
        <strong>{campaign.overBudget ? t('campaigns.overBudgetText') : t('campaigns.withinBudgetText')}</strong>
      </Paragraph>
    </Section>
  );
}

function ProgressSection({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const lines = useProgressLines()(campaign);
  const columns: FigureColumn<Target>[] = [
    { header: t('campaigns.detail.metric'), value: (target) => t(`campaigns.metrics.${target.metric}`), format: 'text' },
    { header: t('campaigns.detail.target'), value: (target) => target.target },
    { header: t('campaigns.detail.actual'), value: (target) => target.actual },
    {
      header: t('campaigns.detail.percent'),
      value: (target) => target.percent,
      render: (target) => (
        <>
          {orDash(target.percent, (value) => formatPercent(value, language, { decimals: 0 }))}
          <progress
            className="vekst-target-bar"
            max={100}
            value={Math.min(target.percent ?? 0, 100)}
            aria-label={lines[campaign.progress.targets.indexOf(target)]}
          />
        </>
      ),
    },
  ];
  return (
    <Section id="progress-heading" title={t('campaigns.detail.progress')}>
      {campaign.progress.targets.length === 0 ? (
        <Paragraph>{t('campaigns.noTargets')}</Paragraph>
      ) : (
        <FigureTable
          caption={t('campaigns.detail.progressCaption')}
          columns={columns}
          rows={campaign.progress.targets}
          rowKey={(target) => target.metric}
          language={language}
          testId="campaign-progress"
        />
      )}
    </Section>
  );
}

function PartnersSection({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const columns: FigureColumn<Campaign['partners'][number]>[] = [
    { header: t('campaigns.detail.partnerName'), value: (partner) => partner.name, format: 'text' },
    { header: t('campaigns.detail.amountNok'), value: (partner) => partner.amountNok, format: 'nok' },
  ];
  return (
    <Section id="partners-heading" title={t('campaigns.detail.partners')}>
      {campaign.partners.length === 0 ? (
        <Paragraph>{t('campaigns.detail.noPartners')}</Paragraph>
      ) : (
        <FigureTable
          caption={t('campaigns.detail.partnersCaption')}
          columns={columns}
          rows={campaign.partners}
          rowKey={(partner) => partner.partnerId}
          language={language}
          testId="campaign-partners"
        />
      )}
    </Section>
  );
}

function LinksSection({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const columns: FigureColumn<Campaign['links'][number]>[] = [
    { header: t('campaigns.form.source'), value: (link) => link.source, format: 'text' },
    { header: t('campaigns.form.medium'), value: (link) => link.medium, format: 'text', words: true },
    { header: t('campaigns.form.content'), value: (link) => link.content, format: 'text', words: true },
    {
      header: t('campaigns.detail.url'),
      value: (link) => link.url,
      render: (link) => (
        <>
          <code className="vekst-break">{link.url}</code>{' '}
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => void copy(link.url)}
            aria-label={t('campaigns.detail.copyLink', { number: campaign.links.indexOf(link) + 1 })}
          >
            {t('campaigns.detail.copy')}
          </Button>
        </>
      ),
    },
  ];
  return (
    <Section id="links-heading" title={t('campaigns.detail.links')}>
      {campaign.links.length === 0 ? (
        <Paragraph>{t('campaigns.detail.noLinks')}</Paragraph>
      ) : (
        <>
          <FigureTable
            caption={t('campaigns.detail.linksCaption')}
            columns={columns}
            rows={campaign.links}
            rowKey={(link) => link.url}
            language={language}
            testId="campaign-links"
          />
          <div role="status" className={copied ? undefined : 'vekst-sr-only'}>
            {copied === 'yes' ? t('campaigns.detail.copied') : copied === 'failed' ? t('campaigns.detail.copyFailed') : ''}
          </div>
        </>
      )}
    </Section>
  );
}
