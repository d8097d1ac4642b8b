import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { AuditPage } from './AuditPage';

const entry = {
  id: 42,
  at: '2026-11-23T10:15:00Z',
  actor: 'admin',
  action: 'update',
  entity: 'user',
  entityId: '3f1c2a9e',
  changes: { roles: { before: ['viewer'], after: ['viewer', 'editor'] } },
};

describe('AuditPage', () => {
  it('shows entries in words and sends the chosen filters', async () => {
    tokenStore.set(fakeToken({ sub: 'admin' }));
    const requests = mockApi({
      'GET /api/v1/auth/me': {
        body: { username: 'admin', displayName: 'Ada', roles: ['admin'], partnerId: null, passwordChangeRequired: false },
      },
      'GET /api/v1/audit': { body: { items: [entry], page: 0, size: 50, total: 1 } },
    });
    renderWithApp(<AuditPage />, { path: '/audit' });

    expect(await screen.findByText('roles: viewer → viewer, editor')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Endret' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Type'), 'user');
    await userEvent.type(screen.getByLabelText('Utført av'), ' admin ');
    await userEvent.type(screen.getByLabelText('Fra dato'), '2026-11-01');
    await userEvent.click(screen.getByRole('button', { name: 'Vis' }));

    await waitFor(() => {
      const query = new URL(requests.at(-1)!.url).searchParams;
      expect(Object.fromEntries(query)).toEqual({ entity: 'user', actor: 'admin', from: '2026-11-01', page: '0', size: '50' });
    });
  });

  it('says so when nothing matches', async () => {
    tokenStore.set(fakeToken({ sub: 'admin' }));
    mockApi({
      'GET /api/v1/auth/me': {
        body: { username: 'admin', displayName: 'Ada', roles: ['admin'], partnerId: null, passwordChangeRequired: false },
      },
      'GET /api/v1/audit': { body: { items: [], page: 0, size: 50, total: 0 } },
    });
    renderWithApp(<AuditPage />, { path: '/audit' });
    expect(await screen.findByText('Ingen hendelser passer filteret.')).toBeInTheDocument();
  });
});
