import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { fjellvik, me } from './fixtures';
import { PartnersPage } from './PartnersPage';

const page = { body: { items: [fjellvik], page: 0, size: 25, total: 1 } };
const dueForErasure = { body: { retentionYears: 3, items: [] } };
const lastListQuery = (requests: Request[]) =>
  new URL(requests.filter((request) => new URL(request.url).pathname === '/api/v1/partners').at(-1)!.url).searchParams;

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:partners');
  URL.revokeObjectURL = vi.fn();
  // jsdom cannot follow a download link; the saved blob is asserted instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

describe('PartnersPage', () => {
  it('lists partners with sector and status in words and links to each', async () => {
    tokenStore.set(fakeToken({ sub: 'viewer' }));
    mockApi({ 'GET /api/v1/auth/me': { body: me(['viewer']) }, 'GET /api/v1/partners': page });
    renderWithApp(<PartnersPage />, { path: '/partners' });
    const row = within(await screen.findByTestId('partners-table')).getByRole('row', { name: /Fjellvik/ });
    expect(row).toHaveTextContent('123456785');
    expect(row).toHaveTextContent('Industri');
    expect(row).toHaveTextContent('Aktiv');
    expect(within(row).getByRole('link', { name: fjellvik.name })).toHaveAttribute('href', `/partners/${fjellvik.id}`);
  });

  it('sends the chosen filters as query parameters, and the CSV download the same ones with the token', async () => {
    tokenStore.set(fakeToken({ sub: 'viewer' }));
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: me(['viewer']) },
      'GET /api/v1/partners': page,
      'GET /api/v1/partners/export': {
        body: 'organisationNumber;name\r\n',
        headers: { 'Content-Disposition': 'attachment; filename="partnere.csv"' },
      },
    });
    renderWithApp(<PartnersPage />, { path: '/partners' });
    await screen.findByTestId('partners-table');
    await userEvent.selectOptions(screen.getByLabelText('Sektor'), 'tourism');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'former');
    await userEvent.selectOptions(screen.getByLabelText('Avtale for år'), '2025');
    await userEvent.type(screen.getByLabelText('Kommunenummer'), '3303');
    await userEvent.type(screen.getByLabelText('Søk etter navn eller organisasjonsnummer'), 'fjell');
    await waitFor(() => expect(lastListQuery(requests).get('q')).toBe('fjell'));
    const query = lastListQuery(requests);
    expect(Object.fromEntries(query)).toMatchObject({
      sector: 'tourism',
      status: 'former',
      agreementYear: '2025',
      municipality: '3303',
      sort: 'name',
      page: '0',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Last ned CSV' }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const csv = requests.find((request) => new URL(request.url).pathname === '/api/v1/partners/export')!;
    expect(Object.fromEntries(new URL(csv.url).searchParams)).toEqual({
      q: 'fjell',
      sector: 'tourism',
      status: 'former',
      agreementYear: '2025',
      municipality: '3303',
      sort: 'name',
    });
    expect(csv.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('sorts by a column, descending on the second click', async () => {
    tokenStore.set(fakeToken({ sub: 'viewer' }));
    const requests = mockApi({ 'GET /api/v1/auth/me': { body: me(['viewer']) }, 'GET /api/v1/partners': page });
    renderWithApp(<PartnersPage />, { path: '/partners' });
    await screen.findByTestId('partners-table');
    await userEvent.click(screen.getByRole('button', { name: 'Sektor' }));
    await waitFor(() => expect(lastListQuery(requests).get('sort')).toBe('sector'));
    await userEvent.click(screen.getByRole('button', { name: 'Sektor' }));
    await waitFor(() => expect(lastListQuery(requests).get('sort')).toBe('-sector'));
  });

  it('offers viewers neither "Ny partner" nor the erasure list', async () => {
    tokenStore.set(fakeToken({ sub: 'viewer' }));
    mockApi({ 'GET /api/v1/auth/me': { body: me(['viewer']) }, 'GET /api/v1/partners': page });
    renderWithApp(<PartnersPage />, { path: '/partners' });
    await screen.findByTestId('partners-table');
    expect(screen.queryByRole('button', { name: 'Ny partner' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Kontaktpersoner som skal slettes' })).not.toBeInTheDocument();
  });

  it('checks the organisation number’s check digit before sending', async () => {
    tokenStore.set(fakeToken({ sub: 'editor' }));
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: me(['editor']) },
      'GET /api/v1/partners': page,
      'GET /api/v1/contacts/due-for-erasure': dueForErasure,
    });
    renderWithApp(<PartnersPage />, { path: '/partners' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny partner' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Organisasjonsnummer' }), '123456789');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Ny Bedrift AS');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Sektor' }), 'retail');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny partner' }));
    expect(await within(dialog).findByText(/har feil kontrollsiffer/)).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows the server’s field errors beside the fields, translated by code, or its message when the code is unknown', async () => {
    tokenStore.set(fakeToken({ sub: 'editor' }));
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: me(['editor']) },
      'GET /api/v1/partners': page,
      'GET /api/v1/contacts/due-for-erasure': dueForErasure,
      'POST /api/v1/partners': problem(400, 'validation', [
        { field: 'organisationNumber', code: 'duplicate', message: 'already registered' },
        { field: 'website', code: 'made-up-code', message: 'Must start with https://' },
      ]),
    });
    renderWithApp(<PartnersPage />, { path: '/partners' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny partner' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Organisasjonsnummer' }), '123456785');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Ny Bedrift AS');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Sektor' }), 'retail');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Nettsted/ }), 'http://x');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny partner' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Noen av verdiene er ikke gyldige.');
    expect(within(dialog).getByRole('textbox', { name: 'Organisasjonsnummer' })).toHaveAccessibleDescription(/er allerede i bruk/);
    expect(within(dialog).getAllByText('Must start with https://').length).toBeGreaterThan(0);
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      organisationNumber: '123456785',
      name: 'Ny Bedrift AS',
      sector: 'retail',
      status: 'prospect',
      sizeBand: null,
      publicListingConsent: false,
    });
  });

  it('lists editors the contacts due for erasure, linking to their partner', async () => {
    tokenStore.set(fakeToken({ sub: 'editor' }));
    mockApi({
      'GET /api/v1/auth/me': { body: me(['editor']) },
      'GET /api/v1/partners': page,
      'GET /api/v1/contacts/due-for-erasure': {
        body: {
          retentionYears: 3,
          items: [{ contactId: 'c1', name: 'Ola Gammel', partnerId: fjellvik.id, partnerName: fjellvik.name, formerSince: '2022-05-01' }],
        },
      },
    });
    renderWithApp(<PartnersPage />, { path: '/partners' });
    const table = await screen.findByTestId('due-for-erasure');
    const row = within(table).getByRole('row', { name: /Ola Gammel/ });
    expect(row).toHaveTextContent('01.05.2022');
    expect(within(row).getByRole('link', { name: fjellvik.name })).toHaveAttribute('href', `/partners/${fjellvik.id}#contacts`);
    expect(screen.getByText(/mer enn 3 år/)).toBeInTheDocument();
  });
});
