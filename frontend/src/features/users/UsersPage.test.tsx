import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import type { User } from './api';
import { UsersPage } from './UsersPage';

const admin = { username: 'admin', displayName: 'Ada Admin', roles: ['admin'], partnerId: null, passwordChangeRequired: false };
const vera: User = {
  id: '3f1c2a9e-7b4d-4e8a-9c1f-2d5e6f7a8b9c',
  username: 'vera',
  displayName: 'Vera Viewer',
  roles: ['viewer'],
  partnerId: null,
  enabled: true,
  passwordChangeRequired: false,
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
};
const page = (items: User[]) => ({ body: { items, page: 0, size: 20, total: items.length } });

function signedInAsAdmin() {
  tokenStore.set(fakeToken({ sub: 'admin', groups: ['admin'] }));
}

describe('UsersPage', () => {
  it('lists users with their roles and status', async () => {
    signedInAsAdmin();
    mockApi({ 'GET /api/v1/auth/me': { body: admin }, 'GET /api/v1/users': page([vera]) });
    renderWithApp(<UsersPage />, { path: '/users' });
    const table = await screen.findByTestId('users-table');
    const row = within(table).getByRole('row', { name: /vera/ });
    expect(row).toHaveTextContent('Vera Viewer');
    expect(row).toHaveTextContent('Leser');
    expect(row).toHaveTextContent('Aktiv');
    expect(row).toHaveTextContent('23.11.2026');
  });

  it('sorts by a column, descending on the second click', async () => {
    signedInAsAdmin();
    const requests = mockApi({ 'GET /api/v1/auth/me': { body: admin }, 'GET /api/v1/users': page([vera]) });
    renderWithApp(<UsersPage />, { path: '/users' });
    await screen.findByTestId('users-table');
    await userEvent.click(screen.getByRole('button', { name: 'Brukernavn' }));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('sort')).toBe('-username'));
    expect(await screen.findByRole('columnheader', { name: 'Brukernavn' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('says so when nobody matches the search', async () => {
    signedInAsAdmin();
    const requests = mockApi({ 'GET /api/v1/auth/me': { body: admin }, 'GET /api/v1/users': page([]) });
    renderWithApp(<UsersPage />, { path: '/users' });
    await userEvent.type(screen.getByLabelText('Søk etter navn eller brukernavn'), 'nobody');
    expect(await screen.findByText('Ingen brukere passer søket.')).toBeInTheDocument();
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('q')).toBe('nobody'));
  });

  it('disables a user with the ETag of a fresh read in If-Match', async () => {
    signedInAsAdmin();
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: admin },
      'GET /api/v1/users': page([vera]),
      [`GET /api/v1/users/${vera.id}`]: { body: vera, headers: { ETag: '"v1"' } },
      [`PUT /api/v1/users/${vera.id}`]: { body: { ...vera, enabled: false }, headers: { ETag: '"v2"' } },
    });
    renderWithApp(<UsersPage />, { path: '/users' });
    await userEvent.click(await screen.findByRole('button', { name: 'Sperr vera' }));
    expect(await screen.findByText('Endringene for vera er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"v1"');
    expect(await put.json()).toEqual({ displayName: 'Vera Viewer', roles: ['viewer'], partnerId: null, enabled: false });
  });

  it('creates a user and shows the field errors the API gives', async () => {
    signedInAsAdmin();
    mockApi({
      'GET /api/v1/auth/me': { body: admin },
      'GET /api/v1/users': page([vera]),
      'POST /api/v1/users': problem(409, 'conflict', [{ field: 'username', code: 'duplicate', message: 'taken' }]),
    });
    renderWithApp(<UsersPage />, { path: '/users' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny bruker' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Brukernavn' }), 'vera');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Vera Two');
    await userEvent.type(within(dialog).getByLabelText('Passord'), 'long-enough-secret');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny bruker' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dette finnes allerede.');
    expect(within(dialog).getAllByText(/er allerede i bruk/).length).toBeGreaterThan(0);
  });

  it('binds a partner user to a partner chosen from the partner list, sending its id', async () => {
    signedInAsAdmin();
    const fjellvik = {
      id: 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b',
      name: 'Fjellvik Presisjon AS (fiktiv)',
      organisationNumber: '123456785',
    };
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: admin },
      'GET /api/v1/users': page([vera]),
      'GET /api/v1/partners': { body: { items: [fjellvik], page: 0, size: 500, total: 1 } },
      'POST /api/v1/users': { status: 201, body: { ...vera, username: 'fjellvik', roles: ['partner'], partnerId: fjellvik.id } },
    });
    renderWithApp(<UsersPage />, { path: '/users' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny bruker' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Brukernavn' }), 'fjellvik');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Fjellvik Kontakt');
    await userEvent.type(within(dialog).getByLabelText('Passord'), 'long-enough-secret');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Partner' }));
    const select = within(dialog).getByRole('combobox', { name: 'Partner' });
    await within(select).findByRole('option', { name: /Fjellvik Presisjon/ });
    await userEvent.selectOptions(select, fjellvik.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ny bruker' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toMatchObject({ roles: ['viewer', 'partner'], partnerId: fjellvik.id });
  });
});
