import { Alert, Button, Heading, Input, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { describeFieldError } from '../../lib/api/errorMessages';
import { formatDate, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { metricKeys, useCampaignMetrics, useRecordMetrics, type Campaign, type CampaignMetricRow, type CampaignMetricsResult } from './api';
import {
  addDays,
  cellErrors,
  changedRows,
  gridFromRows,
  initialWeek,
  isoWeek,
  rowKey,
  weekDates,
  type GridChanges,
  type GridTexts,
} from './grid';
import { useChannelLabel } from './parts';

/**
 * A week of results to type in, for editors: one row per day and channel, one labelled field per
 * value. Only the rows that changed are sent, all in one POST; emptying a row removes it.
 */
export function MetricGrid({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const [monday, setMonday] = useState(() => initialWeek(campaign.startDate, campaign.endDate));
  const sunday = addDays(monday, 6);
  const week = useCampaignMetrics(campaign.id, { from: monday, to: sunday });
  // The save lives here, not in the week's form: the form is made anew from the fresh read that
  // follows a save, and the result and the rows sent (for placing the server's errors) outlive it.
  const record = useRecordMetrics(campaign.id);
  const [sentKeys, setSentKeys] = useState<string[]>([]);
  const [dirty, setDirty] = useState(0);
  const result = record.isSuccess ? record.data : null;
  const weekNumber = isoWeek(monday);

  const move = (days: number) => {
    if (dirty > 0 && !window.confirm(t('campaigns.grid.discard', { count: dirty }))) return;
    record.reset();
    setDirty(0);
    setMonday(addDays(monday, days));
  };

  const loaded = week.data && !week.isPlaceholderData && week.data.from === monday ? week.data : null;

  return (
    <section className="vekst-section" aria-labelledby="grid-heading" data-testid="metric-grid">
      <Heading level={2} data-size="md" id="grid-heading">
        {t('campaigns.grid.heading')}
      </Heading>
      <Paragraph>{t('campaigns.grid.intro')}</Paragraph>
      {campaign.channels.length === 0 ? (
        <Paragraph>{t('campaigns.grid.noChannels')}</Paragraph>
      ) : (
        <>
          <div className="vekst-actions">
            <Button variant="secondary" data-size="sm" onClick={() => move(-7)}>
              {t('campaigns.grid.previousWeek')}
            </Button>
            <Heading level={3} data-size="xs" aria-live="polite" data-testid="grid-week">
              {t('campaigns.grid.week', { week: weekNumber, from: formatDate(monday, language), to: formatDate(sunday, language) })}
            </Heading>
            <Button variant="secondary" data-size="sm" onClick={() => move(7)}>
              {t('campaigns.grid.nextWeek')}
            </Button>
          </div>
          {result && (
            <Alert data-color="success" role="status" data-testid="grid-result">
              {t(
                'campaigns.grid.saved',
                Object.fromEntries(Object.entries(result).map(([key, value]) => [key, formatInteger(value, language)])) as Record<
                  keyof CampaignMetricsResult,
                  string
                >,
              )}
            </Alert>
          )}
          {week.isError && <ErrorAlert error={week.error} onRetry={() => void week.refetch()} />}
          {!loaded && !week.isError && <Loading />}
          {loaded && (
            <WeekForm
              // A fresh read (after saving, or another week) starts the fields again from what is recorded.
              key={`${monday}-${week.dataUpdatedAt}`}
              campaign={campaign}
              dates={weekDates(monday)}
              rows={loaded.rows}
              weekNumber={weekNumber}
              onDirty={setDirty}
              pending={record.isPending}
              error={record.error}
              sentKeys={sentKeys}
              onSave={(changes) => {
                setSentKeys(changes.keys);
                record.mutate(changes.rows, { onSuccess: () => setDirty(0) });
              }}
              onCheck={() => record.reset()}
            />
          )}
        </>
      )}
    </section>
  );
}

function WeekForm({
  campaign,
  dates,
  rows,
  weekNumber,
  onDirty,
  pending,
  error,
  sentKeys,
  onSave,
  onCheck,
}: {
  campaign: Campaign;
  dates: string[];
  rows: CampaignMetricRow[];
  weekNumber: number;
  onDirty: (count: number) => void;
  pending: boolean;
  error: unknown;
  sentKeys: string[];
  onSave: (changes: GridChanges) => void;
  onCheck: () => void;
}) {
  const { t, language } = useI18n();
  const channelLabel = useChannelLabel();
  const [original] = useState<GridTexts>(() => gridFromRows(rows, dates, campaign.channels, language === 'nb'));
  const [edited, setEdited] = useState<GridTexts>(original);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [nothing, setNothing] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const serverCells = cellErrors(error, sentKeys);
  const unsaved = changedRows(original, edited).rows.length;

  const change = (key: string, metric: (typeof metricKeys)[number], value: string) => {
    const next = { ...edited, [key]: { ...edited[key]!, [metric]: value } };
    setEdited(next);
    setNothing(false);
    onDirty(changedRows(original, next).rows.length);
  };

  const save = () => {
    const changes = changedRows(original, edited);
    setInvalid(changes.invalid);
    onCheck();
    if (changes.invalid.length > 0) return;
    if (changes.rows.length === 0) {
      setNothing(true);
      return;
    }
    onSave(changes);
  };

  // Up and down arrows move to the same value of the row above or below, as in a spreadsheet.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const input = event.currentTarget;
    const row = Number(input.dataset.row) + (event.key === 'ArrowUp' ? -1 : 1);
    const target = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-metric="${input.dataset.metric}"]`);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  const cellMessage = (cellKey: string, metric: (typeof metricKeys)[number]) => {
    if (invalid.includes(cellKey)) return t(metric === 'costNok' ? 'campaigns.grid.costInvalid' : 'campaigns.grid.countInvalid');
    const fieldError = serverCells[cellKey];
    return fieldError ? describeFieldError(fieldError, t).message : undefined;
  };

  let rowIndex = 0;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {invalid.length > 0 && (
        <Alert data-color="danger" role="alert">
          {t('campaigns.grid.invalid')}
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <div className="vekst-table-scroll">
        <Table data-size="sm" className="vekst-grid" ref={tableRef} data-testid="grid-table">
          <caption>{t('campaigns.grid.caption', { week: weekNumber })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('campaigns.grid.date')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('campaigns.grid.channel')}</Table.HeaderCell>
              {metricKeys.map((metric) => (
                <Table.HeaderCell scope="col" key={metric}>
                  {t(`campaigns.metrics.${metric}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          {dates.map((date) => (
            <Table.Body key={date}>
              {campaign.channels.map((channel, channelIndex) => {
                const key = rowKey(date, channel);
                const index = rowIndex++;
                const dateLabel = formatDate(date, language);
                return (
                  <Table.Row key={key} data-testid={`grid-row-${key}`}>
                    {channelIndex === 0 && (
                      <Table.HeaderCell scope="rowgroup" rowSpan={campaign.channels.length}>
                        {dateLabel}
                      </Table.HeaderCell>
                    )}
                    <Table.HeaderCell scope="row">{channelLabel(channel)}</Table.HeaderCell>
                    {metricKeys.map((metric) => {
                      const cellKey = `${key}|${metric}`;
                      const message = cellMessage(cellKey, metric);
                      const errorId = `grid-error-${date}-${channel}-${metric}`;
                      return (
                        <Table.Cell key={metric}>
                          <Input
                            data-size="sm"
                            className="vekst-grid__input"
                            inputMode={metric === 'costNok' ? 'decimal' : 'numeric'}
                            aria-label={t('campaigns.grid.cellLabel', {
                              metric: t(`campaigns.metrics.${metric}`),
                              channel: channelLabel(channel),
                              date: dateLabel,
                            })}
                            aria-invalid={message ? true : undefined}
                            aria-describedby={message ? errorId : undefined}
                            data-row={index}
                            data-metric={metric}
                            value={edited[key]?.[metric] ?? ''}
                            onChange={(event) => change(key, metric, event.target.value)}
                            onKeyDown={onKeyDown}
                          />
                          {message && (
                            <ValidationMessage id={errorId} data-size="sm">
                              {message}
                            </ValidationMessage>
                          )}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                );
              })}
            </Table.Body>
          ))}
        </Table>
      </div>
      <div className="vekst-actions">
        <Button type="submit" loading={pending} disabled={pending}>
          {t('campaigns.grid.save')}
        </Button>
      </div>
      {unsaved > 0 && !pending && <Paragraph data-testid="grid-unsaved">{t('campaigns.grid.changedRows', { count: unsaved })}</Paragraph>}
      {nothing && <Paragraph role="status">{t('campaigns.grid.nothingChanged')}</Paragraph>}
    </form>
  );
}
