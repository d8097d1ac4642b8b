import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { downloadContactExport, useContacts, useEraseContact, useSaveContact, type Contact } from './api';

type Dialog = { kind: 'edit'; contact: Contact | null } | { kind: 'erase'; contact: Contact } | null;

/** A partner's contacts: personal data, shown only to editors, admins and the partner's own users. */
export function ContactsSection({ partnerId }: { partnerId: string }) {
  const { t, language } = useI18n();
  const contacts = useContacts(partnerId);
  const erase = useEraseContact(partnerId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const exportContact = async (contact: Contact) => {
    setExportError(null);
    try {
      await downloadContactExport(partnerId, contact.id);
    } catch (error) {
      setExportError(error);
    }
  };

  return (
    <section aria-labelledby="contacts-heading" className="vekst-section" id="contacts">
      <Heading level={2} data-size="sm" id="contacts-heading">
        {t('partners.contacts.heading')}
      </Heading>
      <Paragraph>{t('partners.contacts.intro')}</Paragraph>
      <div className="vekst-actions">
        <Button
          variant="secondary"
          onClick={() => {
            setNotice(null);
            setDialog({ kind: 'edit', contact: null });
          }}
        >
          {t('partners.contacts.add')}
        </Button>
      </div>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {exportError !== null && <ErrorAlert error={exportError} />}
      <QueryStatus query={contacts} isEmpty={(items) => items.length === 0} emptyText={t('partners.contacts.empty')}>
        {(items) => (
          <div className="vekst-table-scroll">
            <Table data-size="sm" zebra data-testid="contacts-table">
              <caption>{t('partners.contacts.heading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('partners.contacts.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('partners.contacts.role')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('partners.contacts.email')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('partners.contacts.phone')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('partners.contacts.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((contact) => {
                  const label = contact.name ?? t('partners.contacts.erasedName');
                  return (
                    <Table.Row key={contact.id}>
                      <Table.HeaderCell scope="row">
                        {contact.erasedAt ? (
                          <>
                            <Tag data-color="neutral">{t('partners.contacts.erased')}</Tag>{' '}
                            <span className="vekst-muted">
                              {t('partners.contacts.erasedAt', { at: formatDateTime(contact.erasedAt, language) })}
                            </span>
                          </>
                        ) : (
                          contact.name
                        )}
                      </Table.HeaderCell>
                      <Table.Cell>{contact.role ?? ''}</Table.Cell>
                      <Table.Cell>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : ''}</Table.Cell>
                      <Table.Cell>{contact.phone ?? ''}</Table.Cell>
                      <Table.Cell>
                        {!contact.erasedAt && (
                          <div className="vekst-row-actions">
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              aria-label={`${t('partners.contacts.edit')} ${label}`}
                              onClick={() => {
                                setNotice(null);
                                setDialog({ kind: 'edit', contact });
                              }}
                            >
                              {t('partners.contacts.edit')}
                            </Button>
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              aria-label={`${t('partners.contacts.export')} ${label}`}
                              onClick={() => void exportContact(contact)}
                            >
                              {t('partners.contacts.export')}
                            </Button>
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              data-color="danger"
                              aria-label={`${t('partners.contacts.erase')} ${label}`}
                              onClick={() => {
                                setNotice(null);
                                erase.reset();
                                setDialog({ kind: 'erase', contact });
                              }}
                            >
                              {t('partners.contacts.erase')}
                            </Button>
                          </div>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
      </QueryStatus>

      {dialog?.kind === 'edit' && (
        <ContactDialog
          partnerId={partnerId}
          contact={dialog.contact}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(t('partners.contacts.saved', { name: saved.name ?? '' }));
          }}
        />
      )}
      {dialog?.kind === 'erase' && (
        <ConfirmDialog
          title={t('partners.contacts.eraseTitle', { name: dialog.contact.name ?? '' })}
          text={t('partners.contacts.eraseText')}
          confirmLabel={t('partners.contacts.eraseConfirm')}
          pending={erase.isPending}
          error={erase.error}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            erase.mutate(dialog.contact.id, {
              onSuccess: () => {
                setDialog(null);
                setNotice(t('partners.contacts.erasedNotice'));
              },
            })
          }
        />
      )}
    </section>
  );
}

function ContactDialog({
  partnerId,
  contact,
  onClose,
  onSaved,
}: {
  partnerId: string;
  contact: Contact | null;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}) {
  const { t } = useI18n();
  const save = useSaveContact(partnerId);
  const fieldError = useFieldError(save.error);
  const [name, setName] = useState(contact?.name ?? '');
  const [role, setRole] = useState(contact?.role ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [consentNote, setConsentNote] = useState(contact?.consentNote ?? '');
  const [nameMissing, setNameMissing] = useState(false);
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    save.mutate(
      {
        contact: contact ?? null,
        body: { name: name.trim(), role: orNull(role), email: orNull(email), phone: orNull(phone), consentNote: orNull(consentNote) },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <FormDialog
      title={contact ? t('partners.contacts.editTitle', { name: contact.name ?? '' }) : t('partners.contacts.addTitle')}
      onClose={onClose}
    >
      {save.isError && <ErrorAlert error={save.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('partners.contacts.name')}
          autoComplete="off"
          required
          value={name}
          error={nameMissing ? t('errors.fields.required') : fieldError('name')}
          onChange={(event) => setName(event.target.value)}
        />
        <Textfield
          label={t('partners.contacts.role')}
          description={t('partners.contacts.roleHelp')}
          autoComplete="off"
          value={role}
          error={fieldError('role')}
          onChange={(event) => setRole(event.target.value)}
        />
        <Textfield
          label={t('partners.contacts.email')}
          type="email"
          autoComplete="off"
          value={email}
          error={fieldError('email')}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Textfield
          label={t('partners.contacts.phone')}
          type="tel"
          autoComplete="off"
          value={phone}
          error={fieldError('phone')}
          onChange={(event) => setPhone(event.target.value)}
        />
        <Textfield
          multiline
          rows={3}
          label={t('partners.contacts.consentNote')}
          description={t('partners.contacts.consentNoteHelp')}
          value={consentNote}
          error={fieldError('consentNote')}
          onChange={(event) => setConsentNote(event.target.value)}
        />
        <DialogButtons pending={save.isPending} onCancel={onClose} submitLabel={t('partners.contacts.save')} />
      </form>
    </FormDialog>
  );
}
