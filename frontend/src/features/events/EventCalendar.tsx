import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatMonth } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { Event } from './api';
import { DemoBadge } from './EventDialog';

export type Month = { year: number; month: number };

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const pad = (value: number) => String(value).padStart(2, '0');
export const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

export function shiftMonth({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysIn({ year, month }: Month): number {
  return new Date(year, month, 0).getDate();
}

/** The weeks of a month, Monday first, as day numbers; null pads the first and last week. */
function weeksOf(month: Month): (number | null)[][] {
  const offset = (new Date(month.year, month.month - 1, 1).getDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(offset).fill(null), ...Array.from({ length: daysIn(month) }, (_, index) => index + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** Events on a day: those that start on it, or span it (date ≤ day ≤ endDate). ISO dates compare as text. */
function onDay(events: readonly Event[], day: string): Event[] {
  return events.filter((event) => event.date <= day && (event.endDate ?? event.date) >= day);
}

/**
 * A month as a real table: a column per weekday, a row per week, each day listing its events as
 * buttons. Previous and next month are buttons, so the calendar is worked with Tab and Enter.
 */
export function EventCalendar({
  month,
  onMonthChange,
  events,
  onOpen,
}: {
  month: Month;
  onMonthChange: (month: Month) => void;
  events: readonly Event[];
  onOpen: (event: Event) => void;
}) {
  const { t, language } = useI18n();
  const name = formatMonth(month.year, month.month, language);
  const now = new Date();
  const today = isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const inMonth = events.filter(
    (event) =>
      event.date <= isoDay(month.year, month.month, daysIn(month)) && (event.endDate ?? event.date) >= isoDay(month.year, month.month, 1),
  );
  return (
    <section aria-labelledby="calendar-heading" className="vekst-section" data-testid="event-calendar">
      <div className="vekst-calendar__head">
        <Heading level={2} data-size="sm" id="calendar-heading" aria-live="polite" className="vekst-calendar__month">
          {name}
        </Heading>
        <div className="vekst-actions">
          <Button variant="secondary" data-size="sm" onClick={() => onMonthChange(shiftMonth(month, -1))}>
            <span aria-hidden="true">← </span>
            {t('events.previousMonth')}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => onMonthChange({ year: now.getFullYear(), month: now.getMonth() + 1 })}>
            {t('events.thisMonth')}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => onMonthChange(shiftMonth(month, 1))}>
            {t('events.nextMonth')}
            <span aria-hidden="true"> →</span>
          </Button>
        </div>
      </div>
      {inMonth.length === 0 && <Paragraph className="vekst-muted">{t('events.noneThisMonth', { month: name })}</Paragraph>}
      <div className="vekst-table-scroll">
        <Table data-size="sm" className="vekst-calendar" data-testid="calendar-table">
          <caption>{t('events.monthCaption', { month: name })}</caption>
          <Table.Head>
            <Table.Row>
              {weekdays.map((day) => (
                <Table.HeaderCell scope="col" key={day}>
                  <span aria-hidden="true">{t(`events.weekdays.${day}`).slice(0, 3)}</span>
                  <span className="vekst-sr-only">{t(`events.weekdays.${day}`)}</span>
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {weeksOf(month).map((week, index) => (
              <Table.Row key={index}>
                {week.map((day, column) => {
                  if (day === null) return <Table.Cell key={column} className="vekst-calendar__blank" />;
                  const iso = isoDay(month.year, month.month, day);
                  const dayEvents = onDay(inMonth, iso);
                  return (
                    <Table.Cell
                      key={column}
                      data-date={iso}
                      aria-current={iso === today ? 'date' : undefined}
                      className="vekst-calendar__cell"
                    >
                      <span className="vekst-calendar__day">{day}</span>
                      {dayEvents.length > 0 && (
                        <ul className="vekst-calendar__events">
                          {dayEvents.map((event) => (
                            <li key={event.id}>
                              <button type="button" className="vekst-calendar__event" onClick={() => onOpen(event)}>
                                {event.name}
                              </button>
                              {event.demo && <DemoBadge />}
                            </li>
                          ))}
                        </ul>
                      )}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
