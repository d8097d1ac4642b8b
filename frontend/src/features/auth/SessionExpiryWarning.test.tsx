import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { SessionExpiryWarning } from './SessionExpiryWarning';

const me = { username: 'editor', displayName: 'Eva Editor', roles: ['editor'], partnerId: null, passwordChangeRequired: false };

describe('SessionExpiryWarning', () => {
  it('stays closed while the session has more than five minutes left', async () => {
    tokenStore.set(fakeToken({}, 3600));
    mockApi({ 'GET /api/v1/auth/me': { body: me } });
    renderWithApp(<SessionExpiryWarning />);
    await waitFor(() => expect(screen.getByTestId('session-expiry-dialog')).not.toHaveAttribute('open'));
  });

  it('warns near the end and continues the session with the password, keeping the page', async () => {
    const oldToken = fakeToken({}, 240);
    const newToken = fakeToken({ jti: 'renewed' }, 3600);
    tokenStore.set(oldToken);
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: me },
      'POST /api/v1/auth/token': { body: { accessToken: newToken, tokenType: 'Bearer', expiresIn: 3600 } },
    });
    renderWithApp(<SessionExpiryWarning />);

    const dialog = screen.getByTestId('session-expiry-dialog');
    await waitFor(() => expect(dialog).toHaveAttribute('open'));
    expect(dialog).toHaveTextContent('Du blir logget ut om 4 min.');

    await userEvent.type(screen.getByLabelText('Passord'), 'demo-editor');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsett' }));

    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(tokenStore.get()).toBe(newToken);
    const tokenRequest = requests.find((request) => request.url.endsWith('/auth/token'))!;
    expect(await tokenRequest.json()).toEqual({ username: 'editor', password: 'demo-editor' });
  });

  it('keeps the warning open with an error when the password is wrong', async () => {
    tokenStore.set(fakeToken({}, 120));
    mockApi({ 'GET /api/v1/auth/me': { body: me }, 'POST /api/v1/auth/token': problem(401, 'invalid-credentials') });
    renderWithApp(<SessionExpiryWarning />);
    const dialog = screen.getByTestId('session-expiry-dialog');
    await waitFor(() => expect(dialog).toHaveAttribute('open'));
    await userEvent.type(screen.getByLabelText('Passord'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsett' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Feil brukernavn eller passord.');
    expect(dialog).toHaveAttribute('open');
  });
});
