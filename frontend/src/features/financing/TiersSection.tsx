import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { ApiError } from '../../lib/api/client';
import { formatNok } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useDeleteTier, useSaveTier, useTiers, type Tier } from './api';

type Dialog = { kind: 'edit'; tier: Tier | null } | { kind: 'delete'; tier: Tier } | null;

/** Admins keep the partner tiers: bands within NOK 15,000–200,000 that do not overlap. */
export function TiersSection() {
  const { t, language } = useI18n();
  const tiers = useTiers();
  const remove = useDeleteTier();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const inUse = remove.error instanceof ApiError && remove.error.status === 409;

  return (
    <section aria-labelledby="tiers-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="tiers-heading">
        {t('financing.tiers.heading')}
      </Heading>
      <Paragraph>{t('financing.tiers.intro')}</Paragraph>
      <div className="vekst-actions">
        <Button
          variant="secondary"
          onClick={() => {
            setNotice(null);
            setDialog({ kind: 'edit', tier: null });
          }}
        >
          {t('financing.tiers.add')}
        </Button>
      </div>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <QueryStatus query={tiers} isEmpty={(items) => items.length === 0} emptyText={t('financing.tiers.empty')}>
        {(items) => (
          <div className="vekst-table-scroll">
            <Table data-size="sm" zebra data-testid="tiers-table">
              <caption>{t('financing.tiers.heading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('financing.tiers.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('financing.tiers.key')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('financing.tiers.band')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('partners.contacts.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((tier) => (
                  <Table.Row key={tier.key}>
                    <Table.HeaderCell scope="row">{tier.name}</Table.HeaderCell>
                    <Table.Cell>
                      <code>{tier.key}</code>
                    </Table.Cell>
                    <Table.Cell>{`${formatNok(tier.minNok, language)} – ${formatNok(tier.maxNok, language)}`}</Table.Cell>
                    <Table.Cell>
                      <div className="vekst-row-actions">
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={`${t('financing.tiers.edit')} ${tier.name}`}
                          onClick={() => {
                            setNotice(null);
                            setDialog({ kind: 'edit', tier });
                          }}
                        >
                          {t('financing.tiers.edit')}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={`${t('financing.tiers.delete')} ${tier.name}`}
                          onClick={() => {
                            setNotice(null);
                            remove.reset();
                            setDialog({ kind: 'delete', tier });
                          }}
                        >
                          {t('financing.tiers.delete')}
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </QueryStatus>
      {dialog?.kind === 'edit' && (
        <TierDialog
          tier={dialog.tier}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(t('financing.tiers.saved', { name: saved.name }));
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('financing.tiers.deleteTitle', { name: dialog.tier.name })}
          text={t('financing.tiers.deleteText')}
          confirmLabel={t('financing.tiers.delete')}
          pending={remove.isPending}
          error={inUse ? null : remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(dialog.tier.key, {
              onSuccess: () => {
                setNotice(t('financing.tiers.deleted', { name: dialog.tier.name }));
                setDialog(null);
              },
              onError: (error) => {
                if (error instanceof ApiError && error.status === 409) setDialog(null);
              },
            })
          }
        />
      )}
      {inUse && (
        <Alert data-color="warning" role="alert">
          {t('financing.tiers.inUse')}
        </Alert>
      )}
    </section>
  );
}

function TierDialog({ tier, onClose, onSaved }: { tier: Tier | null; onClose: () => void; onSaved: (tier: Tier) => void }) {
  const { t } = useI18n();
  const save = useSaveTier();
  const fieldError = useFieldError(save.error);
  const [key, setKey] = useState(tier?.key ?? '');
  const [name, setName] = useState(tier?.name ?? '');
  const [min, setMin] = useState(tier ? String(tier.minNok) : '');
  const [max, setMax] = useState(tier ? String(tier.maxNok) : '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const kroner = (text: string) => {
    const normalised = text.replace(/[\s\u00a0\u202f]/g, '');
    return /^\d+$/.test(normalised) ? Number(normalised) : NaN;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!tier && !/^[a-z0-9][a-z0-9-]+$/.test(key.trim())) errors.key = t('financing.tiers.keyRule');
    if (name.trim() === '') errors.name = t('errors.fields.required');
    const minNok = kroner(min);
    const maxNok = kroner(max);
    if (!Number.isFinite(minNok)) errors.minNok = t('partners.agreements.wholeKroner');
    if (!Number.isFinite(maxNok)) errors.maxNok = t('partners.agreements.wholeKroner');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    save.mutate(
      { version: tier?.version ?? null, key: tier?.key ?? key.trim(), name: name.trim(), minNok, maxNok },
      { onSuccess: onSaved },
    );
  };

  return (
    <FormDialog title={tier ? t('financing.tiers.editTitle', { name: tier.name }) : t('financing.tiers.add')} onClose={onClose}>
      {save.isError && <ErrorAlert error={save.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        {!tier && (
          <Textfield
            label={t('financing.tiers.key')}
            description={t('financing.tiers.keyRule')}
            autoCapitalize="none"
            spellCheck={false}
            required
            value={key}
            error={local.key ?? fieldError('key')}
            onChange={(event) => setKey(event.target.value)}
          />
        )}
        <Textfield
          label={t('financing.tiers.name')}
          required
          value={name}
          error={local.name ?? fieldError('name')}
          onChange={(event) => setName(event.target.value)}
        />
        <Textfield
          label={t('financing.tiers.minNok')}
          description={t('financing.tiers.bandRule')}
          inputMode="numeric"
          required
          value={min}
          error={local.minNok ?? fieldError('minNok')}
          onChange={(event) => setMin(event.target.value)}
        />
        <Textfield
          label={t('financing.tiers.maxNok')}
          inputMode="numeric"
          required
          value={max}
          error={local.maxNok ?? fieldError('maxNok')}
          onChange={(event) => setMax(event.target.value)}
        />
        <DialogButtons pending={save.isPending} onCancel={onClose} submitLabel={t('financing.tiers.save')} />
      </form>
    </FormDialog>
  );
}
