import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../lib/api/client';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { MetricImportSection } from './MetricImportSection';

const path = '/api/v1/campaigns/metrics/imports';
const csv = 'campaign;date;channel;sessions\nvelkommen-hjem-2026;2026-03-02;meta;180\n';

function run(overrides: Partial<Schemas['ImportRun']> = {}): Schemas['ImportRun'] {
  return {
    id: '5b0e6f1c-6a8e-4b8e-9d53-2f4f1f3a9c11',
    kind: 'campaign-metrics',
    status: 'completed',
    source: 'uke10.csv',
    dryRun: true,
    createdBy: 'editor',
    createdAt: '2026-03-09T10:00:00Z',
    finishedAt: '2026-03-09T10:00:01Z',
    progress: { processed: 1, total: 1 },
    counts: { inserted: 1, updated: 0, unchanged: 0, rejected: 0, flagged: 0 },
    errors: [],
    warnings: [],
    ...overrides,
  };
}

function setUp(handler: Parameters<typeof mockApi>[0][string]) {
  tokenStore.set(fakeToken({ sub: 'editor' }));
  const requests = mockApi({ 'GET /api/v1/auth/me': { body: staffUser(['editor']) }, [`POST ${path}`]: handler });
  renderWithApp(<MetricImportSection />, { path: '/campaigns' });
  return requests;
}

const file = (name = 'uke10.csv') => new File([csv], name, { type: 'text/csv' });

describe('MetricImportSection', () => {
  it('documents the Vekst CSV columns, checks first (dry run), then imports the same file', async () => {
    const requests = setUp((request) => {
      const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
      return dryRun
        ? { body: run({ warnings: [{ row: 3, field: 'campaign', code: 'unknown-value', message: 'campaign (not set) skipped' }] }) }
        : { status: 201, body: run({ dryRun: false }) };
    });
    expect(await screen.findByText(/campaign \(kampanjens kortnavn\), date \(ÅÅÅÅ-MM-DD\), channel/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sjekk filen' }));
    expect(screen.getByLabelText('Fil (CSV)')).toHaveAccessibleDescription(/Velg en fil først/);

    await userEvent.upload(screen.getByLabelText('Fil (CSV)'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Sjekk filen' }));
    const preview = await screen.findByTestId('metric-import-preview');
    expect(preview).toHaveTextContent('Forhåndsvisning: uke10.csv');
    expect(preview).toHaveTextContent('Ingenting er lagret ennå.');
    expect(within(preview).getByTestId('metric-import-warnings')).toHaveTextContent('3');
    expect(screen.getByTestId('metric-import-status')).toHaveTextContent('Forhåndsvisning klar for uke10.csv.');
    const first = new URL(requests.find((request) => request.method === 'POST')!.url).searchParams;
    expect(Object.fromEntries(first)).toEqual({ dryRun: 'true', format: 'vekst', source: 'uke10.csv' });
    expect(requests.find((request) => request.method === 'POST')!.headers.get('Content-Type')).toBe('text/csv');

    await userEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByTestId('metric-import-result')).toHaveTextContent('uke10.csv er importert.');
    const second = new URL(requests.filter((request) => request.method === 'POST')[1]!.url).searchParams;
    expect(second.get('dryRun')).toBe('false');
  });

  it('sends a GA4 export with its channel, and offers no import while rows are rejected in the preview', async () => {
    const requests = setUp({
      body: run({
        counts: { inserted: 0, updated: 0, unchanged: 0, rejected: 1, flagged: 0 },
        errors: [{ row: 7, field: 'Sessions', code: 'invalid', message: 'not a number' }],
      }),
    });
    await userEvent.click(await screen.findByRole('radio', { name: 'GA4-eksport' }));
    expect(screen.getByText(/Date \(ÅÅÅÅMMDD\), Session campaign, Sessions og Key events/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kanal for GA4-radene' }), 'google');
    await userEvent.upload(screen.getByLabelText('Fil (CSV)'), file('ga4.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Sjekk filen' }));
    const preview = await screen.findByTestId('metric-import-preview');
    expect(preview).toHaveTextContent('Filen har avviste rader og kan ikke importeres.');
    expect(within(preview).getByTestId('metric-rejected-rows')).toHaveTextContent('7');
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
    const query = new URL(requests.find((request) => request.method === 'POST')!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ dryRun: 'true', format: 'ga4', channel: 'google', source: 'ga4.csv' });
  });

  it('shows a rejected file’s rows with their numbers and reasons (422)', async () => {
    setUp({
      status: 422,
      body: {
        type: 'https://vekst.kongsberg.no/problems/import-rejected',
        title: 'Import rejected',
        status: 422,
        code: 'import-rejected',
        errors: [{ field: 'rows[12].date', code: 'malformed', message: 'not a date' }],
      },
    });
    await userEvent.upload(await screen.findByLabelText('Fil (CSV)'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Sjekk filen' }));
    const rejected = await screen.findByTestId('metric-import-rejected');
    const row = within(rejected).getByRole('row', { name: /12/ });
    expect(row).toHaveTextContent('Dato');
    expect(row).toHaveTextContent('har feil format');
    await waitFor(() => expect(screen.getByTestId('metric-import-status')).toHaveTextContent('uke10.csv ble avvist.'));
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
  });
});
