import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateTime, formatNok } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useContributions, useSetContribution, type Contribution } from './api';

type Editing = { year: number | null; contribution: Contribution | null } | null;

/** Admins set the municipality's contribution per year; it counts towards the turnover. */
export function ContributionsSection() {
  const { t, language } = useI18n();
  const contributions = useContributions(true);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section aria-labelledby="contributions-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="contributions-heading">
        {t('financing.contributions.heading')}
      </Heading>
      <Paragraph>{t('financing.contributions.intro')}</Paragraph>
      <div className="vekst-actions">
        <Button
          variant="secondary"
          onClick={() => {
            setNotice(null);
            setEditing({ year: null, contribution: null });
          }}
        >
          {t('financing.contributions.add')}
        </Button>
      </div>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <QueryStatus query={contributions} isEmpty={(items) => items.length === 0} emptyText={t('financing.contributions.empty')}>
        {(items) => (
          <div className="vekst-table-scroll">
            <Table data-size="sm" zebra data-testid="contributions-table">
              <caption>{t('financing.contributions.heading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('financing.columns.year')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('financing.contributions.amount')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('financing.contributions.note')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('financing.contributions.updatedAt')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('partners.contacts.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((contribution) => (
                  <Table.Row key={contribution.year}>
                    <Table.HeaderCell scope="row">{contribution.year}</Table.HeaderCell>
                    <Table.Cell className="vekst-number">{formatNok(contribution.amountNok, language)}</Table.Cell>
                    <Table.Cell>{contribution.note ?? ''}</Table.Cell>
                    <Table.Cell>{formatDateTime(contribution.updatedAt, language)}</Table.Cell>
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('financing.contributions.editFor', { year: contribution.year })}
                        onClick={() => {
                          setNotice(null);
                          setEditing({ year: contribution.year, contribution });
                        }}
                      >
                        {t('financing.contributions.edit')}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </QueryStatus>
      {editing && (
        <ContributionDialog
          editing={editing}
          known={contributions.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('financing.contributions.saved', { year: saved.year }));
          }}
        />
      )}
    </section>
  );
}

function ContributionDialog({
  editing,
  known,
  onClose,
  onSaved,
}: {
  editing: NonNullable<Editing>;
  known: Contribution[];
  onClose: () => void;
  onSaved: (contribution: Contribution) => void;
}) {
  const { t } = useI18n();
  const save = useSetContribution();
  const fieldError = useFieldError(save.error);
  const [year, setYear] = useState(String(editing.year ?? new Date().getFullYear()));
  const [amount, setAmount] = useState(editing.contribution ? String(editing.contribution.amountNok) : '');
  const [note, setNote] = useState(editing.contribution?.note ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amountNok = Number(amount.replace(/[\s\u00a0\u202f]/g, ''));
    const errors: Record<string, string> = {};
    if (!/^\d{4}$/.test(year)) errors.year = t('errors.fields.invalid');
    if (!/^\d+$/.test(amount.replace(/[\s\u00a0\u202f]/g, ''))) errors.amountNok = t('partners.agreements.wholeKroner');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    // The version of the year's contribution when it has one: changing it needs If-Match.
    const existing = known.find((contribution) => contribution.year === Number(year));
    save.mutate(
      { year: Number(year), version: existing?.version ?? null, amountNok, note: note.trim() === '' ? null : note.trim() },
      { onSuccess: onSaved },
    );
  };

  return (
    <FormDialog
      title={editing.year === null ? t('financing.contributions.add') : t('financing.contributions.editFor', { year: editing.year })}
      onClose={onClose}
    >
      {save.isError && <ErrorAlert error={save.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('financing.columns.year')}
          inputMode="numeric"
          maxLength={4}
          required
          readOnly={editing.year !== null}
          value={year}
          error={local.year ?? fieldError('year')}
          onChange={(event) => setYear(event.target.value.replace(/\D/g, ''))}
        />
        <Textfield
          label={t('financing.contributions.amount')}
          description={t('partners.agreements.kronerHelp')}
          inputMode="numeric"
          required
          value={amount}
          error={local.amountNok ?? fieldError('amountNok')}
          onChange={(event) => setAmount(event.target.value)}
        />
        <Textfield
          label={t('financing.contributions.note')}
          description={t('financing.contributions.noteHelp')}
          value={note}
          error={fieldError('note')}
          onChange={(event) => setNote(event.target.value)}
        />
        <DialogButtons pending={save.isPending} onCancel={onClose} submitLabel={t('financing.contributions.save')} />
      </form>
    </FormDialog>
  );
}
