import { Alert, Button, Heading, Link, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Navigate, Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import { ViewSwitch } from '../../components/ViewSwitch';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { FocusAreaOptions } from '../../components/FocusAreaOptions';
import { useAuth } from '../../lib/auth/AuthProvider';
import { formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useKpiList } from '../../lib/kpis/api';
import {
  activityAxes,
  activityStatuses,
  useActivities,
  useCopyUnfinished,
  useDeleteActivity,
  type Activity,
  type ActivityCounts,
  type ActivityFilters,
  type ActivitySort,
} from './api';
import { ActivityDialog, CreateActivityDialog } from './ActivityDialog';
import { ActivityBoard, ActivityTable } from './ActivityViews';

const FIRST_YEAR = 2019;

/** `/action-plan/:year`; anything but a plausible year goes to this year's plan. */
export function ActionPlanPage() {
  const { year: param = '' } = useParams();
  const year = Number(param);
  if (!/^\d{4}$/.test(param) || year < 2000 || year > 2100) return <Navigate to={`/action-plan/${new Date().getFullYear()}`} replace />;
  return <ActionPlan key={year} year={year} />;
}

type Dialog =
  { kind: 'create' } | { kind: 'edit'; id: string } | { kind: 'delete'; activity: Activity; etag: string } | { kind: 'copy' } | null;

function ActionPlan({ year }: { year: number }) {
  const { t, language } = useI18n();
  usePageTitle(t('actionPlan.title', { year }));
  const navigate = useNavigate();
  const { user } = useAuth();
  const manage = user?.roles.some((role) => role === 'editor' || role === 'admin') ?? false;
  const [view, setView] = useState<'board' | 'list'>('board');
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Omit<ActivityFilters, 'q'>>({ axis: '', focusArea: '', status: '', late: '', sort: 'dueDate' });
  const q = useDebouncedValue(search.trim());
  const activities = useActivities(year, { ...filters, q });
  const kpis = useKpiList();
  const kpiNames = Object.fromEntries((kpis.data ?? []).map((kpi) => [kpi.key, kpi.name[language]]));
  const remove = useDeleteActivity(year);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: Math.max(thisYear, year) + 2 - FIRST_YEAR }, (_, index) => Math.max(thisYear, year) + 1 - index);
  const setFilter =
    <K extends keyof typeof filters>(key: K) =>
    (value: string) =>
      setFilters({ ...filters, [key]: value });
  const open = (next: Dialog) => {
    setNotice(null);
    remove.reset();
    setDialog(next);
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('actionPlan.title', { year })}
      </Heading>
      <Paragraph>{t('actionPlan.intro')}</Paragraph>
      <div className="vekst-toolbar vekst-toolbar--start">
        <LabelledSelect label={t('actionPlan.year')} value={String(year)} onChange={(value) => void navigate(`/action-plan/${value}`)}>
          {years.map((candidate) => (
            <Select.Option key={candidate} value={String(candidate)}>
              {candidate}
            </Select.Option>
          ))}
        </LabelledSelect>
      </div>
      {activities.data && <Counts year={year} counts={activities.data.counts} />}
      <div className="vekst-toolbar" role="search" aria-label={t('actionPlan.filters')}>
        <Textfield label={t('actionPlan.search')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <LabelledSelect label={t('actionPlan.axisFilter')} value={filters.axis} onChange={setFilter('axis')}>
          <Select.Option value="">{t('actionPlan.allAxes')}</Select.Option>
          {activityAxes.map((axis) => (
            <Select.Option key={axis} value={axis}>
              {t(`actionPlan.axes.${axis}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect label={t('actionPlan.focusAreaFilter')} value={filters.focusArea} onChange={setFilter('focusArea')}>
          <FocusAreaOptions emptyLabel={t('actionPlan.allFocusAreas')} />
        </LabelledSelect>
        <LabelledSelect label={t('actionPlan.statusFilter')} value={filters.status} onChange={setFilter('status')}>
          <Select.Option value="">{t('actionPlan.allStatuses')}</Select.Option>
          {activityStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`actionPlan.statuses.${status}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect label={t('actionPlan.lateFilter')} value={filters.late} onChange={setFilter('late')}>
          <Select.Option value="">{t('actionPlan.lateAny')}</Select.Option>
          <Select.Option value="true">{t('actionPlan.lateOnly')}</Select.Option>
          <Select.Option value="false">{t('actionPlan.notLate')}</Select.Option>
        </LabelledSelect>
      </div>
      <div className="vekst-actions vekst-section-actions">
        <ViewSwitch
          label={t('actionPlan.view')}
          value={view}
          options={[
            { value: 'board', label: t('actionPlan.board') },
            { value: 'list', label: t('actionPlan.list') },
          ]}
          onChange={setView}
        />
        {manage && (
          <>
            <Button onClick={() => open({ kind: 'create' })}>{t('actionPlan.create')}</Button>
            <Button variant="secondary" onClick={() => open({ kind: 'copy' })}>
              {t('actionPlan.copy.open', { year: year + 1 })}
            </Button>
          </>
        )}
      </div>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <QueryStatus
        query={activities}
        isEmpty={(data) => data.items.length === 0}
        emptyText={
          activities.data?.total === 0 && totalOf(activities.data.counts) === 0
            ? t('actionPlan.emptyYear', { year })
            : t('actionPlan.empty')
        }
      >
        {(data) =>
          view === 'board' ? (
            <ActivityBoard activities={data.items} onOpen={(activity) => open({ kind: 'edit', id: activity.id })} />
          ) : (
            <ActivityTable
              year={year}
              activities={data.items}
              onOpen={(activity) => open({ kind: 'edit', id: activity.id })}
              sort={filters.sort}
              onSort={(sort: ActivitySort) => setFilters({ ...filters, sort })}
              kpiNames={kpiNames}
            />
          )
        }
      </QueryStatus>

      {dialog?.kind === 'create' && (
        <CreateActivityDialog
          year={year}
          onClose={() => setDialog(null)}
          onSaved={(activity) => {
            setDialog(null);
            setNotice(t('actionPlan.created', { title: activity.title }));
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ActivityDialog
          year={year}
          activityId={dialog.id}
          manage={manage}
          onClose={() => setDialog(null)}
          onSaved={(activity) => {
            setDialog(null);
            setNotice(t('actionPlan.saved', { title: activity.title }));
          }}
          onDelete={(activity, etag) => open({ kind: 'delete', activity, etag })}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('actionPlan.deleteTitle', { title: dialog.activity.title })}
          text={t('actionPlan.deleteText')}
          confirmLabel={t('actionPlan.deleteConfirm')}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(
              { id: dialog.activity.id, etag: dialog.etag },
              {
                onSuccess: () => {
                  setNotice(t('actionPlan.deleted', { title: dialog.activity.title }));
                  setDialog(null);
                },
              },
            )
          }
        />
      )}
      {dialog?.kind === 'copy' && <CopyDialog year={year} onClose={() => setDialog(null)} />}
    </>
  );
}

function totalOf(counts: ActivityCounts): number {
  return activityStatuses.reduce((sum, status) => sum + counts[status], 0);
}

function Counts({ year, counts }: { year: number; counts: ActivityCounts }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="counts-heading" className="vekst-section">
      <Heading level={2} data-size="xs" id="counts-heading">
        {t('actionPlan.countsHeading', { year })}
      </Heading>
      <dl className="vekst-counts" data-testid="activity-counts">
        {activityStatuses.map((status) => (
          <div key={status}>
            <dt>{t(`actionPlan.statuses.${status}`)}</dt>
            <dd>{formatInteger(counts[status], language)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <span aria-hidden="true">⚠ </span>
            {t('actionPlan.lateCount')}
          </dt>
          <dd>{formatInteger(counts.late, language)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** Copies the year's unfinished activities into the next year's plan, after asking; says what happened. */
function CopyDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const { t, language } = useI18n();
  const copy = useCopyUnfinished(year);
  const next = year + 1;
  return (
    <FormDialog title={t('actionPlan.copy.title', { year: next })} onClose={onClose}>
      {copy.isError && <ErrorAlert error={copy.error} />}
      {copy.isSuccess ? (
        <>
          <Alert data-color="success" role="status" data-testid="copy-result">
            {t('actionPlan.copy.done', { copied: formatInteger(copy.data.copied, language), year: copy.data.toYear })}
            {copy.data.alreadyCopied > 0 && (
              <> {t('actionPlan.copy.alreadyCopied', { count: formatInteger(copy.data.alreadyCopied, language) })}</>
            )}
          </Alert>
          <div className="vekst-actions">
            <Link asChild>
              <RouterLink to={`/action-plan/${copy.data.toYear}`}>{t('actionPlan.copy.toYear', { year: copy.data.toYear })}</RouterLink>
            </Link>
            <Button variant="secondary" onClick={onClose}>
              {t('app.closeDialog')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Paragraph>{t('actionPlan.copy.text', { from: year, year: next })}</Paragraph>
          <div className="vekst-actions">
            <Button loading={copy.isPending} disabled={copy.isPending} onClick={() => copy.mutate()}>
              {t('actionPlan.copy.confirm')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('app.cancel')}
            </Button>
          </div>
        </>
      )}
    </FormDialog>
  );
}
