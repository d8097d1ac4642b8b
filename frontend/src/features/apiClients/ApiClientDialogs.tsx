import { Paragraph } from '@digdir/designsystemet-react';
import { ConfirmBody, ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailsList } from '../../components/DetailsList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SaveError } from '../../components/SaveError';
import { formatDate, formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useApiClient, useCreateApiClient, useRevokeApiClient, useRotateApiClientSecret, useUpdateApiClient, type ApiClient } from './api';
import { ApiClientForm } from './ApiClientForm';
import { CredentialsView } from './CredentialsView';

/** The form, then, in the same dialog, the new client's id and its secret, shown this once. */
export function CreateApiClientDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const create = useCreateApiClient();
  const created = create.data;
  return (
    <FormDialog
      title={created ? t('apiClients.secret.createdTitle', { name: created.client.name }) : t('apiClients.createTitle')}
      onClose={onClose}
    >
      {created ? (
        <CredentialsView credentials={created} onDone={onClose} />
      ) : (
        <>
          {create.isError && <ErrorAlert error={create.error} />}
          <ApiClientForm
            client={null}
            serverError={create.error}
            pending={create.isPending}
            submitLabel={t('apiClients.create')}
            onSubmit={(body) => create.mutate(body)}
            onCancel={onClose}
          />
        </>
      )}
    </FormDialog>
  );
}

function ClientDetails({ client }: { client: ApiClient }) {
  const { t, language } = useI18n();
  return (
    <DetailsList
      testId="api-client-details"
      rows={[
        [t('apiClients.details.clientId'), client.clientId],
        [t('apiClients.details.status'), t(`apiClients.status.${client.status}`)],
        [t('apiClients.details.createdAt'), formatDateTime(client.createdAt, language)],
        [t('apiClients.details.secretCreatedAt'), formatDateTime(client.secretCreatedAt, language)],
        [t('apiClients.details.lastUsedOn'), client.lastUsedOn ? formatDate(client.lastUsedOn, language) : t('apiClients.neverUsed')],
        ...(client.revokedAt ? [[t('apiClients.details.revokedAt'), formatDateTime(client.revokedAt, language)] as const] : []),
      ]}
    />
  );
}

/** The client read fresh: its details, and its form unless it is revoked (then it is read-only). */
export function EditApiClientDialog({
  client,
  onClose,
  onSaved,
}: {
  client: ApiClient;
  onClose: () => void;
  onSaved: (client: ApiClient) => void;
}) {
  const { t, language } = useI18n();
  const current = useApiClient(client.id);
  const update = useUpdateApiClient();
  return (
    <FormDialog title={t('apiClients.editTitle', { name: current.data?.client.name ?? client.name })} onClose={onClose}>
      <QueryStatus query={current}>
        {({ client: fresh, etag }) => (
          <>
            <ClientDetails client={fresh} />
            {fresh.status === 'revoked' ? (
              <Paragraph>{t('apiClients.readOnly', { date: formatDate(fresh.revokedAt ?? fresh.updatedAt, language) })}</Paragraph>
            ) : (
              <>
                <SaveError
                  error={update.error}
                  staleText={t('apiClients.stale')}
                  reloadLabel={t('apiClients.reload')}
                  onReload={() => {
                    update.reset();
                    void current.refetch();
                  }}
                />
                <ApiClientForm
                  key={etag}
                  client={fresh}
                  serverError={update.error}
                  pending={update.isPending}
                  submitLabel={t('apiClients.save')}
                  onSubmit={(body) => update.mutate({ id: fresh.id, etag, body }, { onSuccess: onSaved })}
                  onCancel={onClose}
                />
              </>
            )}
          </>
        )}
      </QueryStatus>
    </FormDialog>
  );
}

/** Asks first (the old secret stops working at once), then shows the new secret this once. */
export function RotateSecretDialog({ client, onClose }: { client: ApiClient; onClose: () => void }) {
  const { t } = useI18n();
  const rotate = useRotateApiClientSecret();
  const rotated = rotate.data;
  return (
    <FormDialog
      title={rotated ? t('apiClients.secret.rotatedTitle', { name: client.name }) : t('apiClients.rotate.title', { name: client.name })}
      onClose={onClose}
    >
      {rotated ? (
        <CredentialsView credentials={rotated} onDone={onClose} />
      ) : (
        <ConfirmBody
          text={t('apiClients.rotate.text')}
          confirmLabel={t('apiClients.rotate.confirm')}
          pending={rotate.isPending}
          error={rotate.error}
          onConfirm={() => rotate.mutate(client.id)}
          onCancel={onClose}
        />
      )}
    </FormDialog>
  );
}

/** Asks first: revoking is for good. */
export function RevokeApiClientDialog({
  client,
  onClose,
  onRevoked,
}: {
  client: ApiClient;
  onClose: () => void;
  onRevoked: (client: ApiClient) => void;
}) {
  const { t } = useI18n();
  const revoke = useRevokeApiClient();
  return (
    <ConfirmDialog
      title={t('apiClients.revoke.title', { name: client.name })}
      text={t('apiClients.revoke.text')}
      confirmLabel={t('apiClients.revoke.confirm')}
      pending={revoke.isPending}
      error={revoke.error}
      onConfirm={() => revoke.mutate(client.id, { onSuccess: onRevoked })}
      onClose={onClose}
    />
  );
}
