import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { SortableHeader } from '../../components/SortableHeader';
import { ViewSwitch } from '../../components/ViewSwitch';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { FocusAreaOptions } from '../../components/FocusAreaOptions';
import { useAuth } from '../../lib/auth/AuthProvider';
import { formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useDeleteEvent, useEvents, type Event, type EventFilters, type EventSort, type EventSortField } from './api';
import { daysIn, EventCalendar, isoDay, shiftMonth, type Month } from './EventCalendar';
import { CreateEventDialog, DemoBadge, EventDialog, useEventDates } from './EventDialog';

const PAGE_SIZE = 25;

type Dialog = { kind: 'create' } | { kind: 'open'; id: string } | { kind: 'delete'; event: Event; etag: string } | null;

export function EventsPage() {
  const { t } = useI18n();
  usePageTitle(t('events.title'));
  const { user } = useAuth();
  const manage = user?.roles.some((role) => role === 'editor' || role === 'admin') ?? false;
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [search, setSearch] = useState('');
  const [focusArea, setFocusArea] = useState<EventFilters['focusArea']>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<EventSort>('date');
  const [page, setPage] = useState(0);
  const [month, setMonth] = useState<Month>(() => ({ year: new Date().getFullYear(), month: new Date().getMonth() + 1 }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteEvent();
  const q = useDebouncedValue(search.trim());
  const filterChanged =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setPage(0);
    };
  const open = (next: Dialog) => {
    setNotice(null);
    remove.reset();
    setDialog(next);
  };
  const saved = (key: 'events.created' | 'events.saved') => (event: Event) => {
    setDialog(null);
    setNotice(t(key, { name: event.name }));
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('events.title')}
      </Heading>
      <Paragraph>{t('events.intro')}</Paragraph>
      <div className="vekst-toolbar" role="search" aria-label={t('events.filters')}>
        <Textfield
          label={t('events.search')}
          type="search"
          value={search}
          onChange={(event) => filterChanged(setSearch)(event.target.value)}
        />
        <LabelledSelect
          label={t('events.focusAreaFilter')}
          value={focusArea}
          onChange={filterChanged((value: string) => setFocusArea(value as EventFilters['focusArea']))}
        >
          <FocusAreaOptions emptyLabel={t('events.allFocusAreas')} />
        </LabelledSelect>
        {view === 'list' && (
          <>
            <Textfield type="date" label={t('events.from')} value={from} onChange={(event) => filterChanged(setFrom)(event.target.value)} />
            <Textfield type="date" label={t('events.to')} value={to} onChange={(event) => filterChanged(setTo)(event.target.value)} />
          </>
        )}
      </div>
      <div className="vekst-actions vekst-section-actions">
        <ViewSwitch
          label={t('events.view')}
          value={view}
          options={[
            { value: 'list', label: t('events.list') },
            { value: 'calendar', label: t('events.calendar') },
          ]}
          onChange={setView}
        />
        {manage && <Button onClick={() => open({ kind: 'create' })}>{t('events.create')}</Button>}
      </div>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {view === 'list' ? (
        <EventList
          filters={{ q, focusArea, from, to, sort }}
          page={page}
          onPage={setPage}
          onSort={(next) => {
            setSort(next);
            setPage(0);
          }}
          onOpen={(event) => open({ kind: 'open', id: event.id })}
        />
      ) : (
        <CalendarView
          q={q}
          focusArea={focusArea}
          month={month}
          onMonthChange={setMonth}
          onOpen={(event) => open({ kind: 'open', id: event.id })}
        />
      )}

      {dialog?.kind === 'create' && <CreateEventDialog onClose={() => setDialog(null)} onSaved={saved('events.created')} />}
      {dialog?.kind === 'open' && (
        <EventDialog
          eventId={dialog.id}
          manage={manage}
          onClose={() => setDialog(null)}
          onSaved={saved('events.saved')}
          onDelete={(event, etag) => open({ kind: 'delete', event, etag })}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('events.deleteTitle', { name: dialog.event.name })}
          text={t('events.deleteText')}
          confirmLabel={t('events.deleteConfirm')}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(
              { id: dialog.event.id, etag: dialog.etag },
              {
                onSuccess: () => {
                  setNotice(t('events.deleted', { name: dialog.event.name }));
                  setDialog(null);
                },
              },
            )
          }
        />
      )}
    </>
  );
}

function EventList({
  filters,
  page,
  onPage,
  onSort,
  onOpen,
}: {
  filters: EventFilters;
  page: number;
  onPage: (page: number) => void;
  onSort: (sort: EventSort) => void;
  onOpen: (event: Event) => void;
}) {
  const { t, language } = useI18n();
  const events = useEvents(filters, page, PAGE_SIZE);
  const dates = useEventDates();
  const sortField = filters.sort.replace(/^-/, '') as EventSortField;
  const header = (field: EventSortField) => (
    <SortableHeader<EventSortField> field={field} sort={filters.sort} onSort={onSort} label={t(`events.columns.${field}`)} />
  );
  return (
    <QueryStatus query={events} isEmpty={(data) => data.items.length === 0} emptyText={t('events.empty')}>
      {(data) => (
        <>
          <div className="vekst-table-scroll">
            <Table data-size="sm" zebra data-testid="events-table">
              <caption>{t('events.tableCaption', { column: t(`events.columns.${sortField}`) })}</caption>
              <Table.Head>
                <Table.Row>
                  {header('name')}
                  {header('date')}
                  {header('place')}
                  <Table.HeaderCell scope="col">{t('events.columns.focusArea')}</Table.HeaderCell>
                  {header('attendees')}
                  <Table.HeaderCell scope="col">{t('events.columns.partners')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.map((event) => (
                  <Table.Row key={event.id}>
                    <Table.HeaderCell scope="row">
                      <Button variant="tertiary" data-size="sm" className="vekst-link-button" onClick={() => onOpen(event)}>
                        {event.name}
                      </Button>
                      {event.demo && <DemoBadge />}
                    </Table.HeaderCell>
                    <Table.Cell className="vekst-nowrap">{dates(event)}</Table.Cell>
                    <Table.Cell>{event.place ?? ''}</Table.Cell>
                    <Table.Cell>{event.focusArea ? t(`focusAreas.${event.focusArea}`) : ''}</Table.Cell>
                    <Table.Cell>{event.attendees === null ? '' : formatInteger(event.attendees, language)}</Table.Cell>
                    <Table.Cell>{event.partners.map((partner) => partner.name).join(', ')}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pager page={data.page} size={data.size} total={data.total} onPageChange={onPage} label={t('pagination.label')} />
        </>
      )}
    </QueryStatus>
  );
}

function CalendarView({
  q,
  focusArea,
  month,
  onMonthChange,
  onOpen,
}: {
  q: string;
  focusArea: EventFilters['focusArea'];
  month: Month;
  onMonthChange: (month: Month) => void;
  onOpen: (event: Event) => void;
}) {
  // Events over several days may start in an earlier month: ask from two months before.
  const start = shiftMonth(month, -2);
  const events = useEvents(
    { q, focusArea, from: isoDay(start.year, start.month, 1), to: isoDay(month.year, month.month, daysIn(month)), sort: 'date' },
    0,
    500,
  );
  return (
    <QueryStatus query={events}>
      {(data) => <EventCalendar month={month} onMonthChange={onMonthChange} events={data.items} onOpen={onOpen} />}
    </QueryStatus>
  );
}
