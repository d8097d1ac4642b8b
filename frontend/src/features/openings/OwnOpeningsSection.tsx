import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { CaptionedTable } from '../../components/CaptionedTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { DeleteOpeningDialog } from './DeleteOpeningDialog';
import { allOpenings, isFeedOwned, useOpenings, useSetOpeningStatus, type JobOpening } from './api';
import { CreateOpeningDialog, EditOpeningDialog, ViewOpeningDialog } from './OpeningDialogs';
import { OpeningStatusTag } from './parts';

const PAGE_SIZE = 20;

type Dialog =
  | { kind: 'create' }
  | { kind: 'view'; id: string }
  | { kind: 'edit'; id: string }
  | { kind: 'delete'; opening: JobOpening; etag: string | null }
  | null;

/**
 * For the partner portal: the partner's own job openings (the server lists no others), posted,
 * changed, withdrawn and deleted by the partner's users. The employer is always the partner's own
 * organisation, so the form does not ask for it. Openings from the job feed are read-only.
 */
export function OwnOpeningsSection() {
  const { t, language } = useI18n();
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const openings = useOpenings({ ...allOpenings, sort: '-updatedAt' }, page, PAGE_SIZE);
  const withdraw = useSetOpeningStatus();
  const open = (next: Dialog) => {
    setNotice(null);
    withdraw.reset();
    setDialog(next);
  };
  const saved = (key: 'openings.created' | 'openings.saved') => (opening: JobOpening) => {
    setDialog(null);
    setNotice(t(key, { title: opening.title }));
  };

  return (
    <section className="vekst-section" aria-labelledby="own-openings-heading" data-testid="own-openings">
      <Heading level={2} data-size="md" id="own-openings-heading">
        {t('openings.portal.heading')}
      </Heading>
      <Paragraph>{t('openings.portal.intro')}</Paragraph>
      <div className="vekst-actions vekst-section-actions">
        <Button onClick={() => open({ kind: 'create' })}>{t('openings.create')}</Button>
      </div>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      <QueryStatus query={openings} isEmpty={(data) => data.items.length === 0} emptyText={t('openings.portal.empty')}>
        {(data) => (
          <>
            <CaptionedTable
              caption={t('openings.portal.caption')}
              testId="own-openings-table"
              headers={[
                t('openings.columns.title'),
                t('openings.columns.applicationDeadline'),
                t('openings.columns.status'),
                t('openings.portal.actions'),
              ]}
            >
              {data.items.map((opening) => (
                <Table.Row key={opening.id}>
                  <Table.HeaderCell scope="row">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      className="vekst-link-button"
                      onClick={() => open({ kind: 'view', id: opening.id })}
                    >
                      {opening.title}
                    </Button>
                  </Table.HeaderCell>
                  <Table.Cell className="vekst-nowrap">{formatDate(opening.applicationDeadline, language)}</Table.Cell>
                  <Table.Cell>
                    <OpeningStatusTag status={opening.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {isFeedOwned(opening) ? (
                      <Paragraph data-size="sm">{t('openings.portal.fromFeed')}</Paragraph>
                    ) : (
                      <div className="vekst-actions">
                        <Button
                          variant="secondary"
                          data-size="sm"
                          aria-label={t('openings.portal.editLabel', { title: opening.title })}
                          onClick={() => open({ kind: 'edit', id: opening.id })}
                        >
                          {t('openings.edit')}
                        </Button>
                        {opening.status !== 'withdrawn' && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t('openings.portal.withdrawLabel', { title: opening.title })}
                            loading={withdraw.isPending && withdraw.variables?.id === opening.id}
                            disabled={withdraw.isPending}
                            onClick={() => {
                              setNotice(null);
                              withdraw.mutate(
                                { id: opening.id, status: 'withdrawn' },
                                { onSuccess: (changed) => setNotice(t('openings.portal.withdrawn', { title: changed.title })) },
                              );
                            }}
                          >
                            {t('openings.portal.withdraw')}
                          </Button>
                        )}
                        <Button
                          variant="tertiary"
                          data-color="danger"
                          data-size="sm"
                          aria-label={t('openings.portal.deleteLabel', { title: opening.title })}
                          onClick={() => open({ kind: 'delete', opening, etag: null })}
                        >
                          {t('openings.delete')}
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </CaptionedTable>
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>

      {dialog?.kind === 'create' && (
        <CreateOpeningDialog ownOrganisation onClose={() => setDialog(null)} onSaved={saved('openings.created')} />
      )}
      {dialog?.kind === 'view' && (
        <ViewOpeningDialog
          openingId={dialog.id}
          manage
          onClose={() => setDialog(null)}
          onEdit={(opening) => open({ kind: 'edit', id: opening.id })}
          onDelete={(opening, etag) => open({ kind: 'delete', opening, etag })}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditOpeningDialog openingId={dialog.id} ownOrganisation onClose={() => setDialog(null)} onSaved={saved('openings.saved')} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteOpeningDialog
          opening={dialog.opening}
          etag={dialog.etag}
          onClose={() => setDialog(null)}
          onDeleted={(text) => {
            setNotice(text);
            setDialog(null);
          }}
        />
      )}
    </section>
  );
}
