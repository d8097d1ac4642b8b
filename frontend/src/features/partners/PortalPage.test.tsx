import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mayAccess, navigationItems } from '../../app/navigation';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { agreement, fjellvik, kari, me, partnerId } from './fixtures';
import { PortalPage } from './PortalPage';

const base = `/api/v1/partners/${partnerId}`;
// A partner user's read of its own organisation: the staff notes are null.
const own = { ...fjellvik, notes: null };

function setUp(extra: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: 'partner', groups: ['partner'], partnerId }));
  const requests = mockApi({
    'GET /api/v1/auth/me': { body: me(['partner'], partnerId) },
    [`GET ${base}`]: { body: own, headers: { ETag: '"p5"' } },
    [`GET ${base}/agreements`]: { body: { items: [agreement({ status: 'sent' }), agreement({ id: 'old', year: 2024, status: 'paid' })] } },
    [`GET ${base}/contacts`]: { body: { items: [kari] } },
    ...extra,
  });
  renderWithApp(<PortalPage />, { path: '/portal' });
  return requests;
}

describe('PortalPage', () => {
  it('shows the partner its own organisation, contacts and agreements, read-only, without staff notes', async () => {
    setUp();
    expect(await screen.findByRole('heading', { level: 1, name: `Min bedrift: ${fjellvik.name}` })).toBeInTheDocument();
    expect(await screen.findByTestId('contacts-table')).toHaveTextContent('Kari Kontakt');
    const card = await screen.findByTestId('agreement-2025');
    expect(within(card).getByTestId('agreement-status')).toHaveTextContent('Sendt');
    expect(card).toHaveTextContent('75 000 kr');
    expect(within(card).getByRole('button', { name: /Last ned PDF/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Marker som/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kanseller' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny avtale' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Forny til neste år' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inviter bruker' })).not.toBeInTheDocument();
    expect(screen.queryByText('Interne notater')).not.toBeInTheDocument();
  });

  it('changes the profile through the partner’s own endpoint, with If-Match and only the fields it may change', async () => {
    const requests = setUp({ [`PUT ${base}/profile`]: { body: { ...own, name: 'Fjellvik Nytt Navn AS' }, headers: { ETag: '"p6"' } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Endre profil' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: 'Organisasjonsnummer' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', { name: 'Sektor' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: 'Navn' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Fjellvik Nytt Navn AS');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(`${base}/profile`);
    expect(put.headers.get('If-Match')).toBe('"p5"');
    expect(Object.keys(await put.json()).sort()).toEqual(
      ['address', 'logoUrl', 'name', 'postalCode', 'postalPlace', 'publicListingConsent', 'sizeBand', 'website'].sort(),
    );
  });

  it('is in a partner user’s menu, and the staff pages are not', () => {
    const paths = navigationItems.filter((item) => mayAccess(item.access, ['partner'])).map((item) => item.path);
    expect(paths).toContain('/portal');
    expect(paths).not.toContain('/partners');
    expect(paths).not.toContain('/financing');
    const viewerPaths = navigationItems.filter((item) => mayAccess(item.access, ['viewer'])).map((item) => item.path);
    expect(viewerPaths).toEqual(expect.arrayContaining(['/partners', '/financing']));
    expect(viewerPaths).not.toContain('/portal');
  });
});
