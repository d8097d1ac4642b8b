import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { SortableHeader } from '../../components/SortableHeader';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { focusAreas } from '../../lib/kpis/api';
import { activityStatuses, type Activity, type ActivitySort, type ActivitySortField } from './api';

/** "Forsinket" in words, with a symbol: never colour alone. */
export function LateMark() {
  const { t } = useI18n();
  return (
    <Tag data-color="danger" className="vekst-status-tag" data-testid="late-mark">
      <span aria-hidden="true" className="vekst-status-tag__symbol">
        ⚠
      </span>
      {t('actionPlan.late')}
    </Tag>
  );
}

type ViewProps = {
  activities: Activity[];
  /** Opens an activity: to change it (editors, admins) or to read it (viewers). */
  onOpen: (activity: Activity) => void;
};

/**
 * The plan as a board: a section per focus area, a column per status. Each card is a button that
 * opens the activity, so the board is worked with Tab and Enter; status changes in the dialog.
 */
export function ActivityBoard({ activities, onOpen }: ViewProps) {
  const { t, language } = useI18n();
  return (
    <div data-testid="activity-board">
      {focusAreas.map((area) => {
        const inArea = activities.filter((activity) => activity.focusArea === area);
        return (
          <section key={area} aria-labelledby={`board-${area}`} className="vekst-section vekst-board-area">
            <Heading level={2} data-size="sm" id={`board-${area}`}>
              {t(`focusAreas.${area}`)}
            </Heading>
            <div className="vekst-board">
              {activityStatuses.map((status) => {
                const cards = inArea.filter((activity) => activity.status === status);
                return (
                  <div key={status} className="vekst-board__column" data-status={status}>
                    <Heading level={3} data-size="2xs">
                      {t('actionPlan.columnCount', { status: t(`actionPlan.statuses.${status}`), count: cards.length })}
                    </Heading>
                    {cards.length === 0 ? (
                      <Paragraph data-size="sm" className="vekst-muted">
                        {t('actionPlan.noneInColumn')}
                      </Paragraph>
                    ) : (
                      <ul className="vekst-board__cards">
                        {cards.map((activity) => {
                          const body = (
                            <>
                              <span className="vekst-board__title">{activity.title}</span>
                              <span className="vekst-board__meta">
                                {t(`actionPlan.axes.${activity.axis}`)}
                                {' · '}
                                {activity.dueDate
                                  ? t('actionPlan.due', { date: formatDate(activity.dueDate, language) })
                                  : t('actionPlan.noDue')}
                              </span>
                              {activity.owner && (
                                <span className="vekst-board__meta">{t('actionPlan.owner', { owner: activity.owner })}</span>
                              )}
                              {activity.late && <LateMark />}
                            </>
                          );
                          return (
                            <li key={activity.id} data-testid="activity-card">
                              <button type="button" className="vekst-board__card" onClick={() => onOpen(activity)}>
                                {body}
                              </button>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}

export function ActivityTable({
  year,
  activities,
  onOpen,
  sort,
  onSort,
  kpiNames,
}: ViewProps & { year: number; sort: ActivitySort; onSort: (sort: ActivitySort) => void; kpiNames: Record<string, string> }) {
  const { t, language } = useI18n();
  const sortField = sort.replace(/^-/, '') as ActivitySortField;
  const header = (field: ActivitySortField) => (
    <SortableHeader<ActivitySortField> field={field} sort={sort} onSort={onSort} label={t(`actionPlan.columns.${field}`)} />
  );
  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="activity-table">
        <caption>{t('actionPlan.tableCaption', { year, column: t(`actionPlan.columns.${sortField}`) })}</caption>
        <Table.Head>
          <Table.Row>
            {header('title')}
            {header('status')}
            {header('dueDate')}
            {header('focusArea')}
            {header('axis')}
            {header('owner')}
            <Table.HeaderCell scope="col">{t('actionPlan.columns.kpis')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {activities.map((activity) => (
            <Table.Row key={activity.id}>
              <Table.HeaderCell scope="row">
                <Button variant="tertiary" data-size="sm" className="vekst-link-button" onClick={() => onOpen(activity)}>
                  {activity.title}
                </Button>
              </Table.HeaderCell>
              <Table.Cell>
                <span className="vekst-nowrap">{t(`actionPlan.statuses.${activity.status}`)}</span> {activity.late && <LateMark />}
              </Table.Cell>
              <Table.Cell className="vekst-nowrap">{activity.dueDate ? formatDate(activity.dueDate, language) : ''}</Table.Cell>
              <Table.Cell>{t(`focusAreas.${activity.focusArea}`)}</Table.Cell>
              <Table.Cell>{t(`actionPlan.axes.${activity.axis}`)}</Table.Cell>
              <Table.Cell>{activity.owner ?? ''}</Table.Cell>
              <Table.Cell>{activity.kpiKeys.map((key) => kpiNames[key] ?? key).join(', ')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
