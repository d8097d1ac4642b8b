import { Table } from '@digdir/designsystemet-react';
import type { FieldError, Schemas } from '../lib/api/client';
import { describeFieldError } from '../lib/api/errorMessages';
import { formatInteger } from '../lib/format';
import { useI18n } from '../lib/i18n';

type ImportMessage = Schemas['ImportMessage'];
type ImportRun = Schemas['ImportRun'];

/** A problem's `rows[12].births` as row 12, field `births`; anything else concerns the whole file. */
export function messageFromFieldError({ field, code, message }: FieldError): ImportMessage {
  const match = /^rows\[(\d+)\](?:\.(.+))?$/.exec(field);
  if (!match) return { row: null, field, code, message };
  return { row: Number(match[1]), field: match[2] ?? null, code, message };
}

/** The rejected values of a run or a 422, or a run's warnings: row, field and the reason in words. */
export function ImportMessagesTable({ messages, caption, testId }: { messages: ImportMessage[]; caption: string; testId: string }) {
  const { t, language } = useI18n();
  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid={testId}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('data.messages.row')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.messages.field')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.messages.reason')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {messages.map((message, index) => {
            const { label, message: reason } = describeFieldError(
              { field: message.field ?? '', code: message.code, message: message.message },
              t,
            );
            return (
              <Table.Row key={`${message.row}-${message.field}-${message.code}-${index}`}>
                <Table.HeaderCell scope="row">
                  {message.row === null ? t('data.messages.wholeFile') : formatInteger(message.row, language)}
                </Table.HeaderCell>
                <Table.Cell>{message.field ? label : ''}</Table.Cell>
                <Table.Cell>{ruleOrReason(message, reason, t)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

// Warnings carry a review rule as their code; the rule's name is followed by the server's detail.
function ruleOrReason(message: ImportMessage, reason: string, t: ReturnType<typeof useI18n>['t']): string {
  if (message.code === 'implausible-change' || message.code === 'series-break') {
    return `${t(`data.rules.${message.code}`)}: ${message.message}`;
  }
  return reason;
}

type Counts = ImportRun['counts'];
// The counts every kind of import has (a job-feed run also counts `withdrawn`, shown by the openings feature).
const countKeys = ['inserted', 'updated', 'unchanged', 'rejected', 'flagged'] as const;

/** The five counts of a run, as a description list. */
export function ImportCounts({ counts }: { counts: Counts }) {
  const { t, language } = useI18n();
  return (
    <dl className="vekst-counts" data-testid="import-counts">
      {countKeys.map((key) => (
        <div key={key}>
          <dt>{t(`data.counts.${key}`)}</dt>
          <dd>{formatInteger(counts[key], language)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "1 new, 0 updated, …" for the status message that screen readers announce. */
export function useCountsSummary() {
  const { t, language } = useI18n();
  return (counts: Counts) =>
    t(
      'data.upload.summary',
      Object.fromEntries(countKeys.map((key) => [key, formatInteger(counts[key], language)])) as Record<keyof Counts, string>,
    );
}
