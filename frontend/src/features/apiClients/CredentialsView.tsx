import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { useI18n } from '../../lib/i18n';
import { CLIENT_TOKEN_PATH, type ApiClientCredentials } from './api';

/** The shell commands an integrator runs: a token from the client's id and a secret kept out of the example. */
export function curlExample(clientId: string, origin = window.location.origin): string {
  return [
    `TOKEN=$(curl -s -X POST "${origin}${CLIENT_TOKEN_PATH}" \\`,
    `  -u "${clientId}:$VEKST_CLIENT_SECRET" \\`,
    `  -d grant_type=client_credentials | jq -r .access_token)`,
    `curl -s "${origin}/api/v1/municipalities" -H "Authorization: Bearer $TOKEN"`,
  ].join('\n');
}

/**
 * A new client's id and secret, shown this once (after creating it or giving it a new secret),
 * each with a copy button, and how the integrator uses them. Focus moves to the warning, so it is
 * read first.
 */
export function CredentialsView({ credentials, onDone }: { credentials: ApiClientCredentials; onDone: () => void }) {
  const { t } = useI18n();
  const warning = useRef<HTMLDivElement>(null);
  useEffect(() => warning.current?.focus(), []);
  const { clientId } = credentials.client;
  const failedText = t('apiClients.secret.copyFailed');

  return (
    <div className="vekst-form" data-testid="api-client-credentials">
      <Alert data-color="warning" ref={warning} tabIndex={-1}>
        <Paragraph>{t('apiClients.secret.warning')}</Paragraph>
      </Alert>
      <dl className="vekst-details">
        <dt>{t('apiClients.secret.clientId')}</dt>
        <dd className="vekst-credential">
          <code data-testid="credentials-client-id">{clientId}</code>
          <CopyButton text={clientId} label={t('apiClients.secret.copyClientId')} failedText={failedText} />
        </dd>
        <dt>{t('apiClients.secret.clientSecret')}</dt>
        <dd className="vekst-credential">
          <code data-testid="credentials-client-secret">{credentials.clientSecret}</code>
          <CopyButton text={credentials.clientSecret} label={t('apiClients.secret.copySecret')} failedText={failedText} />
        </dd>
      </dl>
      <Heading level={3} data-size="xs">
        {t('apiClients.secret.howTo')}
      </Heading>
      <ol className="vekst-help-list">
        <li>{t('apiClients.secret.howToSteps.token', { endpoint: CLIENT_TOKEN_PATH })}</li>
        <li>{t('apiClients.secret.howToSteps.use')}</li>
      </ol>
      <Paragraph>{t('apiClients.secret.example')}</Paragraph>
      <pre className="vekst-code" data-testid="credentials-example">
        <code>{curlExample(clientId)}</code>
      </pre>
      <div className="vekst-actions">
        <CopyButton text={curlExample(clientId)} label={t('apiClients.secret.copyExample')} failedText={failedText} />
        <Button onClick={onDone}>{t('apiClients.secret.done')}</Button>
      </div>
    </div>
  );
}
