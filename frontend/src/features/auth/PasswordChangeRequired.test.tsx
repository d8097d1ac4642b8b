import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/AppProviders';
import { Layout } from '../../app/Layout';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi } from '../../test/renderApp';
import { AccountPage } from './AccountPage';

const temporaryUser = { username: 'kari', displayName: 'Kari Kontakt', roles: ['partner'], partnerId: 'p1', passwordChangeRequired: true };

function renderShell(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { index: true, element: <p>front page</p> },
          { path: 'portal', element: <p>portal page</p> },
          { path: 'account', element: <AccountPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('a temporary password', () => {
  it('sends the user to change it and offers no other page until then', async () => {
    tokenStore.set(fakeToken({ sub: 'kari' }));
    mockApi({ 'GET /api/v1/auth/me': { body: temporaryUser } });
    const router = renderShell('/portal');
    expect(await screen.findByTestId('password-change-required')).toHaveTextContent('midlertidig passord');
    expect(router.state.location.pathname).toBe('/account');
    expect(screen.queryByText('portal page')).not.toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(Array.from(menu.querySelectorAll('a')).map((link) => link.textContent)).toEqual(['Min konto']);
  });

  it('after the change, signs in afresh with the new password and opens the app', async () => {
    tokenStore.set(fakeToken({ sub: 'kari' }));
    let changed = false;
    const requests = mockApi({
      'GET /api/v1/auth/me': () => ({ body: { ...temporaryUser, passwordChangeRequired: !changed } }),
      'POST /api/v1/auth/password': () => {
        changed = true;
        return { status: 204 };
      },
      // A new token, as the server's is: the same claims in the same second would give the same string.
      'POST /api/v1/auth/token': {
        body: { accessToken: fakeToken({ sub: 'kari', jti: 'after-change' }), tokenType: 'Bearer', expiresIn: 3600 },
      },
    });
    const router = renderShell('/account');
    await userEvent.type(await screen.findByLabelText('Midlertidig passord'), 'Temp-Passord-123');
    await userEvent.type(screen.getByLabelText('Nytt passord'), 'mitt-eget-passord');
    await userEvent.type(screen.getByLabelText('Gjenta nytt passord'), 'mitt-eget-passord');
    await userEvent.click(screen.getByRole('button', { name: 'Bytt passord' }));
    // Three requests and a navigation: on two CI cores shared with parallel test files this has taken over 5 s.
    await waitFor(() => expect(router.state.location.pathname).toBe('/'), { timeout: 15_000 });
    expect(await screen.findByText('front page')).toBeInTheDocument();
    const token = requests.find((request) => request.url.endsWith('/auth/token'))!;
    expect(await token.json()).toEqual({ username: 'kari', password: 'mitt-eget-passord' });
    expect(screen.getByRole('link', { name: 'Min bedrift' })).toBeInTheDocument();
  });
});
