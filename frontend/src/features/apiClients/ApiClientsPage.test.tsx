import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import type { ApiClient, ApiClientUsage } from './api';
import { ApiClientsPage } from './ApiClientsPage';

// jsdom has no canvas; the charts themselves are exercised in the browser tests.
vi.mock('../../components/charts/ChartCanvas', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const admin = { username: 'admin', displayName: 'Ada Admin', roles: ['admin'], partnerId: null, passwordChangeRequired: false };

const portal: ApiClient = {
  id: '6b0f5a3e-2c1d-4f7a-9e8b-1a2b3c4d5e6f',
  clientId: 'vk_8f3k2m9q4t7w1x5z',
  name: 'Kongsbergregionen portal',
  ownerName: 'Ola Nordmann',
  ownerEmail: 'ola.nordmann@example.no',
  scopes: ['read:statistics', 'read:programme'],
  expiresOn: '2027-12-31',
  status: 'active',
  secretCreatedAt: '2026-11-03T10:00:00Z',
  revokedAt: null,
  lastUsedOn: '2026-12-02',
  createdAt: '2026-11-03T10:00:00Z',
  updatedAt: '2026-11-03T10:00:00Z',
};
// Runs out within 30 days of "today" (3 December 2026): marked.
const bi: ApiClient = {
  ...portal,
  id: '7c1e6b4f-3d2e-4a8b-8f9c-2b3c4d5e6f70',
  clientId: 'vk_a1b2c3d4e5f6g7h8',
  name: 'BI-verktøy',
  ownerName: 'Kari Nordmann',
  ownerEmail: 'kari@example.no',
  scopes: ['read:partners-public'],
  expiresOn: '2026-12-20',
  lastUsedOn: null,
};
const old: ApiClient = {
  ...portal,
  id: '8d2f7c50-4e3f-4b9c-9a0d-3c4d5e6f7081',
  clientId: 'vk_z9y8x7w6v5u4t3s2',
  name: 'Gammel rapport',
  status: 'revoked',
  revokedAt: '2026-11-20T08:00:00Z',
};
const secret = 'vks_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE1';
const page = (items: ApiClient[]) => ({ body: { items, page: 0, size: 20, total: items.length } });

function signedInAsAdmin() {
  tokenStore.set(fakeToken({ sub: 'admin', groups: ['admin'] }));
}

function mockClientsApi(more: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({ 'GET /api/v1/auth/me': { body: admin }, 'GET /api/v1/api-clients': page([portal, bi, old]), ...more });
}

async function violations() {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

async function openCreateDialog() {
  renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
  await userEvent.click(await screen.findByRole('button', { name: 'Ny API-klient' }));
  return screen.getByRole('dialog');
}

async function fillCreateForm(dialog: HTMLElement) {
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Navn/ }), 'Kongsbergregionen portal');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Kontaktperson' }), 'Ola Nordmann');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Kontaktpersonens e-post' }), 'ola.nordmann@example.no');
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Statistikk' }));
}

const requestsTo = (requests: Request[], method: string, path: string) =>
  requests.filter((request) => request.method === method && new URL(request.url).pathname === path);

beforeEach(() => {
  // Only the date is fixed: timers stay real, so user events and queries run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-03T12:00:00Z'));
  signedInAsAdmin();
});

describe('ApiClientsPage', () => {
  it('lists clients with readable scopes, Norwegian dates, status and an expiry within 30 days', async () => {
    mockClientsApi();
    renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
    const table = await screen.findByTestId('api-clients-table');
    const row = within(table).getByRole('row', { name: /Kongsbergregionen portal/ });
    expect(row).toHaveTextContent('vk_8f3k2m9q4t7w1x5z');
    expect(row).toHaveTextContent('Ola Nordmann');
    expect(row).toHaveTextContent('ola.nordmann@example.no');
    expect(row).toHaveTextContent('Statistikk, Programmet (KPI-er, kampanjer, handlingsplan)');
    expect(row).toHaveTextContent('03.11.2026');
    expect(row).toHaveTextContent('31.12.2027');
    expect(row).toHaveTextContent('02.12.2026');
    expect(row).toHaveTextContent('Aktiv');
    expect(row).not.toHaveTextContent('Utløper snart');

    const soon = within(table).getByRole('row', { name: /BI-verktøy/ });
    expect(soon).toHaveTextContent('20.12.2026');
    expect(soon).toHaveTextContent('Utløper snart');
    expect(soon).toHaveTextContent('Offentlige partnere');
    expect(soon).toHaveTextContent('Aldri');

    const revoked = within(table).getByRole('row', { name: /Gammel rapport/ });
    expect(revoked).toHaveTextContent('Trukket tilbake');
    // Read-only: viewed, never changed, given a secret or revoked again.
    expect(within(revoked).getByRole('button', { name: 'Vis: Gammel rapport' })).toBeInTheDocument();
    expect(within(revoked).queryByRole('button', { name: /Ny hemmelighet|Trekk tilbake|Endre/ })).toBeNull();
  });

  it('searches, filters by status and sorts, descending on the second click', async () => {
    const requests = mockClientsApi();
    renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
    await screen.findByTestId('api-clients-table');
    const last = () => new URL(requests.at(-1)!.url).searchParams;
    await userEvent.type(screen.getByLabelText('Søk etter navn, eier eller klient-ID'), 'portal');
    await waitFor(() => expect(last().get('q')).toBe('portal'));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'revoked');
    await waitFor(() => expect(last().get('status')).toBe('revoked'));
    await userEvent.click(screen.getByRole('button', { name: 'Utløper' }));
    await waitFor(() => expect(last().get('sort')).toBe('expiresOn'));
    await userEvent.click(screen.getByRole('button', { name: 'Utløper' }));
    await waitFor(() => expect(last().get('sort')).toBe('-expiresOn'));
    expect(await screen.findByRole('columnheader', { name: 'Utløper' })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: 'Sist brukt' }));
    await waitFor(() => expect(last().get('sort')).toBe('lastUsedOn'));
  });

  it('creates a client and shows its id and secret once, each copied with a polite "Kopiert"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const requests = mockClientsApi({ 'POST /api/v1/api-clients': { status: 201, body: { client: portal, clientSecret: secret } } });
    const dialog = await openCreateDialog();
    // A year ahead by default.
    expect(within(dialog).getByLabelText(/^Utløpsdato/)).toHaveValue('2027-12-03');
    await fillCreateForm(dialog);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Programmet (KPI-er, kampanjer, handlingsplan)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny API-klient' }));

    const credentials = await within(dialog).findByTestId('api-client-credentials');
    const [post] = requestsTo(requests, 'POST', '/api/v1/api-clients');
    expect(await post!.json()).toEqual({
      name: 'Kongsbergregionen portal',
      ownerName: 'Ola Nordmann',
      ownerEmail: 'ola.nordmann@example.no',
      scopes: ['read:statistics', 'read:programme'],
      expiresOn: '2027-12-03',
    });
    expect(within(dialog).getByRole('heading', { name: 'API-klienten Kongsbergregionen portal er opprettet' })).toBeInTheDocument();
    expect(within(credentials).getByTestId('credentials-client-id')).toHaveTextContent('vk_8f3k2m9q4t7w1x5z');
    expect(within(credentials).getByTestId('credentials-client-secret')).toHaveTextContent(secret);
    expect(credentials).toHaveTextContent('Den vises ikke igjen');
    expect(credentials).toHaveTextContent('/api/v1/auth/client-token');
    const example = within(credentials).getByTestId('credentials-example');
    expect(example).toHaveTextContent('grant_type=client_credentials');
    expect(example).toHaveTextContent('-u "vk_8f3k2m9q4t7w1x5z:$VEKST_CLIENT_SECRET"');
    expect(example).not.toHaveTextContent(secret);

    const [idStatus, secretStatus] = within(credentials).getAllByRole('status');
    fireEvent.click(within(credentials).getByRole('button', { name: 'Kopier klienthemmeligheten' }));
    await waitFor(() => expect(secretStatus).toHaveTextContent('Kopiert'));
    expect(writeText).toHaveBeenCalledWith(secret);
    expect(idStatus).toBeEmptyDOMElement();
    fireEvent.click(within(credentials).getByRole('button', { name: 'Kopier klient-ID-en' }));
    await waitFor(() => expect(idStatus).toHaveTextContent('Kopiert'));
    expect(writeText).toHaveBeenCalledWith('vk_8f3k2m9q4t7w1x5z');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ferdig' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText(secret)).toBeNull();
  });

  it('checks the form before sending: a scope at least, an expiry neither past nor over three years ahead', async () => {
    const requests = mockClientsApi();
    const dialog = await openCreateDialog();
    const expiry = within(dialog).getByLabelText(/^Utløpsdato/);
    fireEvent.change(expiry, { target: { value: '2026-12-02' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny API-klient' }));
    expect(within(dialog).getByText('Skriv hva klienten er')).toBeInTheDocument();
    expect(within(dialog).getByText('Velg minst én tilgang')).toBeInTheDocument();
    expect(within(dialog).getByText('Utløpsdatoen kan ikke være tilbake i tid')).toBeInTheDocument();
    expect(expiry).toHaveAttribute('aria-invalid', 'true');

    await fillCreateForm(dialog);
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Kontaktpersonens e-post' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Kontaktpersonens e-post' }), 'ola');
    fireEvent.change(expiry, { target: { value: '2029-12-04' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny API-klient' }));
    expect(within(dialog).getByText('Utløpsdatoen kan være høyst tre år fram i tid (03.12.2029)')).toBeInTheDocument();
    expect(within(dialog).getByText(/Skriv en gyldig e-postadresse/)).toBeInTheDocument();
    expect(within(dialog).queryByText('Velg minst én tilgang')).toBeNull();
    expect(requestsTo(requests, 'POST', '/api/v1/api-clients')).toHaveLength(0);
  });

  it('shows the field errors the API gives beside their fields', async () => {
    mockClientsApi({
      'POST /api/v1/api-clients': problem(400, 'validation', [
        { field: 'ownerEmail', code: 'invalid', message: 'not an e-mail address' },
        { field: 'expiresOn', code: 'too-far', message: 'more than three years ahead' },
        { field: 'scopes[0]', code: 'unknown-value', message: 'unknown scope' },
      ]),
    });
    const dialog = await openCreateDialog();
    await fillCreateForm(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny API-klient' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Noen av verdiene er ikke gyldige.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Kontaktpersonens e-post: er ikke gyldig');
    expect(within(dialog).getByRole('textbox', { name: 'Kontaktpersonens e-post' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Utløpsdato: er for langt fram i tid (høyst tre år)');
    // Beside the fields as well; a scope's error (`scopes[0]`) belongs to the scopes.
    expect(within(dialog).getByText('er ikke gyldig')).toBeInTheDocument();
    expect(within(dialog).getByText('er for langt fram i tid (høyst tre år)')).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: /Tilganger/ })).toHaveTextContent('har en ukjent verdi');
  });

  it('changes a client with the ETag of a fresh read in If-Match, and explains a stale save', async () => {
    let stale = false;
    const requests = mockClientsApi({
      [`GET /api/v1/api-clients/${portal.id}`]: { body: portal, headers: { ETag: '"3"' } },
      [`PUT /api/v1/api-clients/${portal.id}`]: () =>
        stale ? problem(412, 'precondition-failed') : { body: { ...portal, name: 'Regionportalen' }, headers: { ETag: '"4"' } },
    });
    renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
    await userEvent.click(await screen.findByRole('button', { name: 'Endre: Kongsbergregionen portal' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByTestId('api-client-details')).toHaveTextContent('vk_8f3k2m9q4t7w1x5z');
    const name = within(dialog).getByRole('textbox', { name: /^Navn/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Regionportalen');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Programmet (KPI-er, kampanjer, handlingsplan)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Endringene for Regionportalen er lagret.')).toBeInTheDocument();
    const [put] = requestsTo(requests, 'PUT', `/api/v1/api-clients/${portal.id}`);
    expect(put!.headers.get('If-Match')).toBe('"3"');
    expect(await put!.json()).toEqual({
      name: 'Regionportalen',
      ownerName: 'Ola Nordmann',
      ownerEmail: 'ola.nordmann@example.no',
      scopes: ['read:statistics'],
      expiresOn: '2027-12-31',
    });

    stale = true;
    await userEvent.click(screen.getByRole('button', { name: 'Endre: Kongsbergregionen portal' }));
    const again = screen.getByRole('dialog');
    await within(again).findByTestId('api-client-form');
    await userEvent.click(within(again).getByRole('button', { name: 'Lagre' }));
    expect(await within(again).findByText(/Noen andre har endret klienten/)).toBeInTheDocument();
    expect(within(again).getByRole('button', { name: 'Last inn på nytt' })).toBeInTheDocument();
  });

  it('shows a revoked client read-only', async () => {
    mockClientsApi({ [`GET /api/v1/api-clients/${old.id}`]: { body: old, headers: { ETag: '"9"' } } });
    renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
    await userEvent.click(await screen.findByRole('button', { name: 'Vis: Gammel rapport' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('Klienten ble trukket tilbake 20.11.2026 og kan ikke endres.')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('api-client-form')).toBeNull();
  });

  it('gives a new secret after the confirmation, shown once in the same dialog', async () => {
    const requests = mockClientsApi({
      [`POST /api/v1/api-clients/${portal.id}/secret`]: {
        body: { client: { ...portal, secretCreatedAt: '2026-12-03T12:00:00Z' }, clientSecret: `${secret.slice(0, -1)}2` },
      },
    });
    renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny hemmelighet: Kongsbergregionen portal' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Den gamle hemmeligheten slutter å virke med en gang');
    expect(requestsTo(requests, 'POST', `/api/v1/api-clients/${portal.id}/secret`)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lag ny hemmelighet' }));
    expect(await within(dialog).findByTestId('credentials-client-secret')).toHaveTextContent(`${secret.slice(0, -1)}2`);
    expect(within(dialog).getByRole('heading', { name: 'Ny hemmelighet for Kongsbergregionen portal' })).toBeInTheDocument();
    expect(requestsTo(requests, 'POST', `/api/v1/api-clients/${portal.id}/secret`)).toHaveLength(1);
  });

  it('revokes a client after the confirmation, which says it is for good', async () => {
    let revoked = false;
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: admin },
      'GET /api/v1/api-clients': () => page(revoked ? [{ ...portal, status: 'revoked', revokedAt: '2026-12-03T12:00:00Z' }] : [portal]),
      [`POST /api/v1/api-clients/${portal.id}/revocation`]: () => {
        revoked = true;
        return { body: { ...portal, status: 'revoked', revokedAt: '2026-12-03T12:00:00Z' } };
      },
    });
    renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
    await userEvent.click(await screen.findByRole('button', { name: 'Trekk tilbake: Kongsbergregionen portal' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Dette kan ikke angres');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Trekk tilbake for godt' }));
    expect(await screen.findByText(/Kongsbergregionen portal er trukket tilbake/)).toBeInTheDocument();
    expect(requestsTo(requests, 'POST', `/api/v1/api-clients/${portal.id}/revocation`)).toHaveLength(1);
    const row = await screen.findByRole('row', { name: /Kongsbergregionen portal/ });
    await waitFor(() => expect(row).toHaveTextContent('Trukket tilbake'));
  });

  it('shows the usage per day as a chart with the same figures in a table', async () => {
    const usage: ApiClientUsage = {
      clientId: portal.clientId,
      from: '2026-12-01',
      to: '2026-12-03',
      totalCalls: 1520,
      totalRefused: 3,
      days: [
        { date: '2026-12-01', calls: 0, refused: 0 },
        { date: '2026-12-02', calls: 1200, refused: 3 },
        { date: '2026-12-03', calls: 320, refused: 0 },
      ],
    };
    mockClientsApi({ [`GET /api/v1/api-clients/${portal.id}/usage`]: { body: usage } });
    renderWithApp(<ApiClientsPage />, { path: '/api-clients' });
    await userEvent.click(await screen.findByRole('button', { name: 'Bruk: Kongsbergregionen portal' }));
    const dialog = screen.getByRole('dialog');
    const table = await within(dialog).findByTestId('api-client-usage-table');
    expect(within(dialog).getByTestId('api-client-usage-totals')).toHaveTextContent(
      /^1\s520 kall og 3 avviste fra 01\.12\.2026 til 03\.12\.2026\.$/,
    );
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s/g, ' ')));
    expect(rows).toEqual([
      ['01.12.2026', '0', '0'],
      ['02.12.2026', '1 200', '3'],
      ['03.12.2026', '320', '0'],
      ['Sum', '1 520', '3'],
    ]);
    expect(await within(dialog).findByRole('img', { name: /Stolpediagram over kall per dag/ })).toBeInTheDocument();
  });

  it('has no WCAG 2.1 A/AA violations axe can find in jsdom: the list, the form with its messages, the secret and the usage', async () => {
    mockClientsApi({
      'POST /api/v1/api-clients': { status: 201, body: { client: portal, clientSecret: secret } },
      [`GET /api/v1/api-clients/${portal.id}/usage`]: {
        body: { clientId: portal.clientId, from: '2026-12-03', to: '2026-12-03', totalCalls: 5, totalRefused: 0, days: [] },
      },
    });
    const dialog = await openCreateDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny API-klient' }));
    await within(dialog).findByText('Velg minst én tilgang');
    expect(await violations()).toEqual([]);
    await fillCreateForm(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny API-klient' }));
    await within(dialog).findByTestId('api-client-credentials');
    expect(await violations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ferdig' }));
    await screen.findByTestId('api-clients-table');
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Bruk: Kongsbergregionen portal' }));
    await within(screen.getByRole('dialog')).findByTestId('api-client-usage-table');
    expect(await violations()).toEqual([]);
  });
});
