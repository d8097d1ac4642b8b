import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { campaign, partner, totals } from './fixtures';
import { PartnerCampaignsSection } from './PartnerCampaignsSection';

describe('PartnerCampaignsSection', () => {
  it('shows a partner the campaigns it co-funds with its share, results and progress, read-only', async () => {
    tokenStore.set(fakeToken({ sub: 'partner', groups: ['partner'] }));
    const requests = mockApi({
      'GET /api/v1/auth/me': {
        body: { username: 'partner', displayName: 'Pia Partner', roles: ['partner'], partnerId: partner.id, passwordChangeRequired: false },
      },
      'GET /api/v1/campaigns': {
        body: { items: [campaign({ totals: totals({ leads: 0, costPerLead: null }) })], page: 0, size: 50, total: 1 },
      },
    });
    renderWithApp(<PartnerCampaignsSection />, { path: '/portal' });
    const card = await screen.findByTestId('partner-campaign-velkommen-hjem-2026');
    expect(within(card).getByRole('heading', { level: 3, name: 'Velkommen hjem 2026' })).toBeInTheDocument();
    expect(card).toHaveTextContent(/Vår andel100\s000\skr/);
    expect(card).toHaveTextContent(/Økter: 1\s800 av 20\s000 \(9\s%\)/);
    expect(within(card).getByText('Kostnad per lead').nextElementSibling).toHaveTextContent('–');
    expect(within(card).getByRole('button', { name: /Last ned resultatene \(CSV\)/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Endre|Slett|Lagre/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });
});
