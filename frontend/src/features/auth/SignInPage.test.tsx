import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { SignInPage } from './SignInPage';

async function fillAndSubmit(username: string, password: string) {
  await userEvent.type(screen.getByLabelText('Brukernavn'), username);
  await userEvent.type(screen.getByLabelText('Passord'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Logg inn' }));
}

describe('SignInPage', () => {
  it('shows the translated error for a wrong password and clears the password', async () => {
    mockApi({ 'POST /api/v1/auth/token': problem(401, 'invalid-credentials') });
    renderWithApp(<SignInPage />, { path: '/sign-in' });
    await fillAndSubmit('editor', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Feil brukernavn eller passord.');
    expect(screen.getByLabelText('Passord')).toHaveValue('');
  });

  it('says how long to wait after too many attempts', async () => {
    mockApi({ 'POST /api/v1/auth/token': { ...problem(429, 'too-many-attempts'), headers: { 'Retry-After': '300' } } });
    renderWithApp(<SignInPage />, { path: '/sign-in' });
    await fillAndSubmit('editor', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Prøv igjen om 5 minutter.');
  });

  it('signs in, keeps the token, and goes on to the front page', async () => {
    const token = fakeToken({ sub: 'editor' });
    const requests = mockApi({
      'POST /api/v1/auth/token': { body: { accessToken: token, tokenType: 'Bearer', expiresIn: 3600 } },
      'GET /api/v1/auth/me': {
        body: { username: 'editor', displayName: 'Eva Editor', roles: ['editor'], partnerId: null, passwordChangeRequired: false },
      },
    });
    const { router } = renderWithApp(<SignInPage />, { path: '/sign-in' });
    await fillAndSubmit('editor', 'demo-editor');
    expect(await screen.findByText('front page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(tokenStore.get()).toBe(token);
    expect(await requests[0]!.json()).toEqual({ username: 'editor', password: 'demo-editor' });
    expect(requests[1]!.headers.get('Authorization')).toBe(`Bearer ${token}`);
  });

  it('explains that the session ended', () => {
    mockApi({});
    tokenStore.end('expired');
    renderWithApp(<SignInPage />, { path: '/sign-in' });
    expect(screen.getByRole('status')).toHaveTextContent('Økten din er utløpt eller avsluttet. Logg inn på nytt.');
  });
});
