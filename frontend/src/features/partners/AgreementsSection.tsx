import { Alert, Button, Card, Heading, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SelectField } from '../../components/SelectField';
import { ApiError } from '../../lib/api/client';
import { formatDateTime, formatNok } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  downloadAgreementPdf,
  isEditable,
  mayCancel,
  nextStatus,
  useAgreement,
  useAgreements,
  useRenewAgreement,
  useSaveAgreement,
  useTiers,
  useTransitionAgreement,
  type Agreement,
  type AgreementStatus,
} from './api';

type Step = 'sent' | 'signed' | 'invoiced' | 'paid' | 'cancelled';
type Dialog = { kind: 'edit'; agreement: Agreement | null } | { kind: 'step'; agreement: Agreement; to: Step } | null;

const statusColor: Record<AgreementStatus, 'neutral' | 'info' | 'accent' | 'warning' | 'success' | 'danger'> = {
  draft: 'neutral',
  sent: 'info',
  signed: 'accent',
  invoiced: 'warning',
  paid: 'success',
  cancelled: 'danger',
};

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={statusColor[status]} data-testid="agreement-status">
      {t(`partners.agreements.statuses.${status}`)}
    </Tag>
  );
}

type AgreementsSectionProps = {
  partnerId: string;
  /** Editors and admins create, change, move and renew; everyone else reads and downloads. */
  manage: boolean;
  admin: boolean;
};

/** The partner's agreements, newest year first, each with its steps and the allowed next step. */
export function AgreementsSection({ partnerId, manage, admin }: AgreementsSectionProps) {
  const { t } = useI18n();
  const agreements = useAgreements(partnerId);
  const renew = useRenewAgreement(partnerId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const pdf = async (agreement: Agreement) => {
    setDownloadError(null);
    try {
      await downloadAgreementPdf(partnerId, agreement);
    } catch (error) {
      setDownloadError(error);
    }
  };

  return (
    <section aria-labelledby="agreements-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="agreements-heading">
        {t('partners.agreements.heading')}
      </Heading>
      {manage && (
        <div className="vekst-actions">
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setDialog({ kind: 'edit', agreement: null });
            }}
          >
            {t('partners.agreements.create')}
          </Button>
        </div>
      )}
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {renew.isError && <ErrorAlert error={renew.error} />}
      {downloadError !== null && <ErrorAlert error={downloadError} />}
      <QueryStatus query={agreements} isEmpty={(items) => items.length === 0} emptyText={t('partners.agreements.empty')}>
        {(items) => (
          <ol className="vekst-timeline" data-testid="agreements">
            {items.map((agreement) => {
              const renewable =
                manage &&
                (agreement.status === 'signed' || agreement.status === 'invoiced' || agreement.status === 'paid') &&
                !items.some((other) => other.year === agreement.year + 1 && other.status !== 'cancelled');
              return (
                <li key={agreement.id}>
                  <AgreementCard
                    agreement={agreement}
                    manage={manage}
                    renewable={renewable}
                    renewing={renew.isPending && renew.variables === agreement.id}
                    onEdit={() => {
                      setNotice(null);
                      setDialog({ kind: 'edit', agreement });
                    }}
                    onStep={(to) => {
                      setNotice(null);
                      setDialog({ kind: 'step', agreement, to });
                    }}
                    onRenew={() => {
                      setNotice(null);
                      renew.mutate(agreement.id, {
                        onSuccess: (created) => setNotice(t('partners.agreements.renewed', { year: created.year })),
                      });
                    }}
                    onPdf={() => void pdf(agreement)}
                  />
                </li>
              );
            })}
          </ol>
        )}
      </QueryStatus>

      {dialog?.kind === 'edit' && (
        <AgreementDialog
          partnerId={partnerId}
          agreement={dialog.agreement}
          admin={admin}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(t('partners.agreements.saved', { year: saved.year }));
          }}
        />
      )}
      {dialog?.kind === 'step' && (
        <TransitionDialog
          partnerId={partnerId}
          agreement={dialog.agreement}
          to={dialog.to}
          onClose={() => setDialog(null)}
          onDone={(saved) => {
            setDialog(null);
            setNotice(t('partners.agreements.moved', { year: saved.year, status: t(`partners.agreements.statuses.${saved.status}`) }));
          }}
        />
      )}
    </section>
  );
}

type AgreementCardProps = {
  agreement: Agreement;
  manage: boolean;
  renewable: boolean;
  renewing: boolean;
  onEdit: () => void;
  onStep: (to: Step) => void;
  onRenew: () => void;
  onPdf: () => void;
};

function AgreementCard({ agreement, manage, renewable, renewing, onEdit, onStep, onRenew, onPdf }: AgreementCardProps) {
  const { t, language } = useI18n();
  const next = nextStatus[agreement.status];
  const headingId = `agreement-${agreement.id}`;
  return (
    <Card data-color="neutral" aria-labelledby={headingId} data-testid={`agreement-${agreement.year}`}>
      <div className="vekst-card-heading">
        <Heading level={3} data-size="xs" id={headingId}>
          {t('partners.agreements.title', { year: agreement.year, tier: agreement.tier.name })}
        </Heading>
        <AgreementStatusTag status={agreement.status} />
      </div>
      <dl className="vekst-details">
        <dt>{t('partners.agreements.cashNok')}</dt>
        <dd>{formatNok(agreement.cashNok, language)}</dd>
        <dt>{t('partners.agreements.inKindNok')}</dt>
        <dd>{formatNok(agreement.inKindNok, language)}</dd>
        <dt>{t('partners.agreements.totalNok')}</dt>
        <dd>
          <strong>{formatNok(agreement.totalNok, language)}</strong>
        </dd>
        {agreement.inKindDescription && (
          <>
            <dt>{t('partners.agreements.inKindDescription')}</dt>
            <dd>{agreement.inKindDescription}</dd>
          </>
        )}
        {agreement.benefits && (
          <>
            <dt>{t('partners.agreements.benefits')}</dt>
            <dd className="vekst-prewrap">{agreement.benefits}</dd>
          </>
        )}
        {agreement.invoiceReference && (
          <>
            <dt>{t('partners.agreements.invoiceReference')}</dt>
            <dd>{agreement.invoiceReference}</dd>
          </>
        )}
        {agreement.cancelReason && (
          <>
            <dt>{t('partners.agreements.cancelReason')}</dt>
            <dd>{agreement.cancelReason}</dd>
          </>
        )}
        {agreement.bandOverride && (
          <>
            <dt>{t('partners.agreements.bandOverride')}</dt>
            <dd>
              {t('partners.agreements.bandOverrideLine', {
                reason: agreement.bandOverride.reason,
                by: agreement.bandOverride.by,
                at: formatDateTime(agreement.bandOverride.at, language),
              })}
            </dd>
          </>
        )}
      </dl>
      <Heading level={4} data-size="2xs">
        {t('partners.agreements.steps')}
      </Heading>
      <ol className="vekst-steps">
        {agreement.steps.map((step, index) => (
          <li key={`${step.status}-${index}`}>
            {t('partners.agreements.stepLine', {
              status: t(`partners.agreements.statuses.${step.status}`),
              at: formatDateTime(step.at, language),
              by: step.by,
            })}
          </li>
        ))}
      </ol>
      <div className="vekst-actions">
        {manage && next && (
          <Button data-size="sm" onClick={() => onStep(next)}>
            {t(`partners.agreements.actions.${next}`)}
          </Button>
        )}
        {manage && isEditable(agreement.status) && (
          <Button variant="secondary" data-size="sm" onClick={onEdit}>
            {t('partners.agreements.edit')}
          </Button>
        )}
        {renewable && (
          <Button variant="secondary" data-size="sm" loading={renewing} disabled={renewing} onClick={onRenew}>
            {t('partners.agreements.renew')}
          </Button>
        )}
        <Button variant="secondary" data-size="sm" onClick={onPdf}>
          {t('partners.agreements.pdf')}
          <span className="vekst-sr-only">: {t('partners.agreements.title', { year: agreement.year, tier: agreement.tier.name })}</span>
        </Button>
        {manage && mayCancel(agreement.status) && (
          <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => onStep('cancelled')}>
            {t('partners.agreements.actions.cancelled')}
          </Button>
        )}
      </div>
    </Card>
  );
}

function AgreementDialog({
  partnerId,
  agreement,
  admin,
  onClose,
  onSaved,
}: {
  partnerId: string;
  agreement: Agreement | null;
  admin: boolean;
  onClose: () => void;
  onSaved: (agreement: Agreement) => void;
}) {
  const { t } = useI18n();
  const title = agreement ? t('partners.agreements.editTitle', { year: agreement.year }) : t('partners.agreements.createTitle');
  return (
    <FormDialog title={title} onClose={onClose}>
      {agreement ? (
        <FreshAgreement partnerId={partnerId} agreementId={agreement.id}>
          {(fresh, etag) => (
            <AgreementForm
              key={etag}
              partnerId={partnerId}
              agreement={fresh}
              etag={etag}
              admin={admin}
              onCancel={onClose}
              onSaved={onSaved}
            />
          )}
        </FreshAgreement>
      ) : (
        <AgreementForm partnerId={partnerId} agreement={null} etag="" admin={admin} onCancel={onClose} onSaved={onSaved} />
      )}
    </FormDialog>
  );
}

/** Reads the agreement afresh: its ETag guards the change against someone else's meanwhile. */
function FreshAgreement({
  partnerId,
  agreementId,
  children,
}: {
  partnerId: string;
  agreementId: string;
  children: (agreement: Agreement, etag: string) => ReactNode;
}) {
  const current = useAgreement(partnerId, agreementId);
  return <QueryStatus query={current}>{({ agreement, etag }) => children(agreement, etag)}</QueryStatus>;
}

/** Accepts "15 000" and "15000": Norwegian users type spaces between thousands. */
function parseKroner(text: string): number {
  const normalised = text.replace(/[\s\u00a0\u202f]/g, '');
  return normalised === '' ? 0 : /^\d+$/.test(normalised) ? Number(normalised) : NaN;
}

function AgreementForm({
  partnerId,
  agreement,
  etag,
  admin,
  onCancel,
  onSaved,
}: {
  partnerId: string;
  agreement: Agreement | null;
  etag: string;
  admin: boolean;
  onCancel: () => void;
  onSaved: (agreement: Agreement) => void;
}) {
  const { t, language } = useI18n();
  const tiers = useTiers();
  const save = useSaveAgreement(partnerId);
  const fieldError = useFieldError(save.error);
  const [year, setYear] = useState(String(agreement?.year ?? new Date().getFullYear()));
  const [tierKey, setTierKey] = useState(agreement?.tier.key ?? '');
  const [cash, setCash] = useState(agreement ? String(agreement.cashNok) : '');
  const [inKind, setInKind] = useState(agreement ? String(agreement.inKindNok) : '0');
  const [inKindDescription, setInKindDescription] = useState(agreement?.inKindDescription ?? '');
  const [benefits, setBenefits] = useState(agreement?.benefits ?? '');
  const [bandOverrideReason, setBandOverrideReason] = useState(agreement?.bandOverride?.reason ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const stale = save.error instanceof ApiError && save.error.status === 412;

  const cashNok = parseKroner(cash);
  const inKindNok = parseKroner(inKind);
  const tier = tiers.data?.find((candidate) => candidate.key === tierKey);
  const total = (Number.isFinite(cashNok) ? cashNok : 0) + (Number.isFinite(inKindNok) ? inKindNok : 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!/^\d{4}$/.test(year.trim())) errors.year = t('errors.fields.invalid');
    if (tierKey === '') errors.tierKey = t('errors.fields.required');
    if (cash.trim() === '' || !Number.isFinite(cashNok)) errors.cashNok = t('partners.agreements.wholeKroner');
    if (!Number.isFinite(inKindNok)) errors.inKindNok = t('partners.agreements.wholeKroner');
    if (inKindNok > 0 && inKindDescription.trim() === '') errors.inKindDescription = t('errors.fields.required');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
    save.mutate(
      {
        agreementId: agreement?.id ?? null,
        etag,
        body: {
          year: Number(year.trim()),
          tierKey,
          cashNok,
          inKindNok,
          inKindDescription: orNull(inKindDescription),
          benefits: orNull(benefits),
          ...(admin ? { bandOverrideReason: orNull(bandOverrideReason) } : {}),
        },
      },
      { onSuccess: onSaved },
    );
  };

  const error = (field: string) => local[field] ?? fieldError(field);

  return (
    <>
      {stale ? (
        <Alert data-color="warning" role="alert">
          {t('partners.detail.stale')}
        </Alert>
      ) : (
        save.isError && <ErrorAlert error={save.error} />
      )}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('partners.agreements.year')}
          inputMode="numeric"
          maxLength={4}
          required
          value={year}
          error={error('year')}
          onChange={(event) => setYear(event.target.value.replace(/\D/g, ''))}
        />
        <SelectField
          label={t('partners.agreements.tier')}
          required
          value={tierKey}
          error={error('tierKey')}
          description={
            tier
              ? t('partners.agreements.tierBand', { min: formatNok(tier.minNok, language), max: formatNok(tier.maxNok, language) })
              : undefined
          }
          onChange={setTierKey}
        >
          <Select.Option value="">{tiers.isPending ? t('state.loading') : t('partners.agreements.chooseTier')}</Select.Option>
          {(tiers.data ?? []).map((candidate) => (
            <Select.Option key={candidate.key} value={candidate.key}>
              {`${candidate.name} (${formatNok(candidate.minNok, language)}–${formatNok(candidate.maxNok, language)})`}
            </Select.Option>
          ))}
        </SelectField>
        <Textfield
          label={t('partners.agreements.cashNok')}
          description={t('partners.agreements.kronerHelp')}
          inputMode="numeric"
          required
          value={cash}
          error={error('cashNok')}
          onChange={(event) => setCash(event.target.value)}
        />
        <Textfield
          label={t('partners.agreements.inKindNok')}
          description={t('partners.agreements.kronerHelp')}
          inputMode="numeric"
          value={inKind}
          error={error('inKindNok')}
          onChange={(event) => setInKind(event.target.value)}
        />
        <Textfield
          multiline
          rows={2}
          label={t('partners.agreements.inKindDescription')}
          description={t('partners.agreements.inKindDescriptionHelp')}
          value={inKindDescription}
          error={error('inKindDescription')}
          onChange={(event) => setInKindDescription(event.target.value)}
        />
        <Paragraph data-testid="agreement-total" aria-live="polite">
          {t('partners.agreements.totalLine', { total: formatNok(total, language) })}
        </Paragraph>
        <Textfield
          multiline
          rows={3}
          label={t('partners.agreements.benefits')}
          description={t('partners.agreements.benefitsHelp')}
          value={benefits}
          error={error('benefits')}
          onChange={(event) => setBenefits(event.target.value)}
        />
        {admin && (
          <Textfield
            multiline
            rows={2}
            label={t('partners.agreements.bandOverrideReason')}
            description={t('partners.agreements.bandOverrideHelp')}
            value={bandOverrideReason}
            error={error('bandOverrideReason')}
            onChange={(event) => setBandOverrideReason(event.target.value)}
          />
        )}
        <DialogButtons pending={save.isPending} onCancel={onCancel} submitLabel={t('partners.agreements.save')} />
      </form>
    </>
  );
}

function TransitionDialog({
  partnerId,
  agreement,
  to,
  onClose,
  onDone,
}: {
  partnerId: string;
  agreement: Agreement;
  to: Step;
  onClose: () => void;
  onDone: (agreement: Agreement) => void;
}) {
  const { t } = useI18n();
  return (
    <FormDialog title={t(`partners.agreements.actions.${to}`) + ` – ${agreement.year}`} onClose={onClose}>
      <FreshAgreement partnerId={partnerId} agreementId={agreement.id}>
        {(fresh, etag) => <TransitionForm partnerId={partnerId} agreement={fresh} etag={etag} to={to} onCancel={onClose} onDone={onDone} />}
      </FreshAgreement>
    </FormDialog>
  );
}

function TransitionForm({
  partnerId,
  agreement,
  etag,
  to,
  onCancel,
  onDone,
}: {
  partnerId: string;
  agreement: Agreement;
  etag: string;
  to: Step;
  onCancel: () => void;
  onDone: (agreement: Agreement) => void;
}) {
  const { t } = useI18n();
  const transition = useTransitionAgreement(partnerId);
  const fieldError = useFieldError(transition.error);
  const [reason, setReason] = useState('');
  const [invoiceReference, setInvoiceReference] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to === 'cancelled' && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    transition.mutate(
      {
        agreementId: agreement.id,
        etag,
        body: {
          to,
          ...(to === 'cancelled' ? { reason: reason.trim() } : {}),
          ...(to === 'invoiced' && invoiceReference.trim() !== '' ? { invoiceReference: invoiceReference.trim() } : {}),
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <>
      {transition.isError && <ErrorAlert error={transition.error} />}
      <Paragraph>
        {t('partners.agreements.transitionText', {
          from: t(`partners.agreements.statuses.${agreement.status}`),
          to: t(`partners.agreements.statuses.${to}`),
        })}
      </Paragraph>
      <form onSubmit={submit} className="vekst-form" noValidate>
        {to === 'invoiced' && (
          <Textfield
            label={t('partners.agreements.invoiceReference')}
            description={t('partners.agreements.invoiceReferenceHelp')}
            autoComplete="off"
            value={invoiceReference}
            error={fieldError('invoiceReference')}
            onChange={(event) => setInvoiceReference(event.target.value)}
          />
        )}
        {to === 'cancelled' && (
          <Textfield
            multiline
            rows={2}
            label={t('partners.agreements.cancelReason')}
            required
            value={reason}
            error={reasonMissing ? t('errors.fields.required') : fieldError('reason')}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        <DialogButtons pending={transition.isPending} onCancel={onCancel} submitLabel={t(`partners.agreements.actions.${to}`)} />
      </form>
    </>
  );
}
