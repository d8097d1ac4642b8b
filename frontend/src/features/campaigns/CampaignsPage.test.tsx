import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mayAccess, navigationItems } from '../../app/navigation';
import { tokenStore } from '../../lib/auth/tokenStore';
import { kpi, staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { CampaignsPage } from './CampaignsPage';
import { campaign, partner } from './fixtures';

const velkommen = campaign();
const over = campaign({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Boligdag 2025',
  slug: 'boligdag-2025',
  status: 'completed',
  startDate: '2025-04-01',
  endDate: '2025-04-30',
  budgetNok: 50000,
  spendNok: 62000,
  overBudget: true,
  progress: { targets: [], budgetUsedPercent: 124, elapsedPercent: 100 },
});

function setUp(roles: string[], handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: roles[0] }));
  return mockApi({
    'GET /api/v1/auth/me': { body: staffUser(roles) },
    'GET /api/v1/campaigns': { body: { items: [velkommen, over], page: 0, size: 25, total: 2 } },
    'GET /api/v1/kpis': {
      body: { items: [kpi({ key: 'visibility-reach', name: { nb: 'Synlighet', en: 'Visibility' } })], page: 0, size: 500, total: 1 },
    },
    'GET /api/v1/partners': { body: { items: [{ ...partner }], page: 0, size: 500, total: 1 } },
    ...handlers,
  });
}

/** Types a whole value at once (as pasting does), to keep the long forms quick. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const lastQuery = (requests: Request[]) =>
  new URL(requests.filter((r) => new URL(r.url).pathname === '/api/v1/campaigns' && r.method === 'GET').at(-1)!.url).searchParams;

describe('CampaignsPage', () => {
  it('lists campaigns with period, budget, spend (over budget in words) and progress, and sends filters and sorting', async () => {
    const requests = setUp(['viewer']);
    renderWithApp(<CampaignsPage />, { path: '/campaigns' });
    const table = await screen.findByTestId('campaigns-table');
    const row = within(table).getByRole('row', { name: /Velkommen hjem 2026/ });
    expect(row).toHaveTextContent('01.03.2026–31.10.2026');
    expect(row).toHaveTextContent(/600\s000\skr/);
    expect(row).toHaveTextContent('Aktiv');
    expect(row).toHaveTextContent(/Økter: 1\s800 av 20\s000 \(9\s%\)/);
    expect(row).toHaveTextContent(/Leads: 60 av 300 \(20\s%\)/);
    expect(row).not.toHaveTextContent('Over budsjett');
    const overRow = within(table).getByRole('row', { name: /Boligdag 2025/ });
    expect(overRow).toHaveTextContent('Over budsjett');
    expect(overRow).toHaveTextContent('Ingen mål satt');
    expect(screen.queryByRole('button', { name: 'Ny kampanje' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('metric-import')).not.toBeInTheDocument();
    expect(Object.fromEntries(lastQuery(requests))).toEqual({ sort: '-startDate', page: '0', size: '25' });

    await userEvent.type(screen.getByLabelText('Søk i navn, kortnavn, beskrivelse eller ansvarlig'), 'hjem');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'active');
    await userEvent.selectOptions(screen.getByLabelText('Fokusområde'), 'residents');
    await userEvent.selectOptions(screen.getByLabelText('År'), '2026');
    await userEvent.selectOptions(screen.getByLabelText('Kanal'), 'newsletter');
    await waitFor(() => expect(lastQuery(requests).get('q')).toBe('hjem'));
    expect(Object.fromEntries(lastQuery(requests))).toEqual({
      q: 'hjem',
      status: 'active',
      focusArea: 'residents',
      year: '2026',
      channel: 'newsletter',
      sort: '-startDate',
      page: '0',
      size: '25',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Budsjett' }));
    await waitFor(() => expect(lastQuery(requests).get('sort')).toBe('budgetNok'));
    await userEvent.click(screen.getByRole('button', { name: 'Budsjett' }));
    await waitFor(() => expect(lastQuery(requests).get('sort')).toBe('-budgetNok'));
  });

  it('is in the menu of viewers, editors and admins, not of partners', () => {
    for (const role of ['viewer', 'editor', 'admin'] as const)
      expect(navigationItems.filter((item) => mayAccess(item.access, [role])).map((item) => item.path)).toContain('/campaigns');
    expect(navigationItems.filter((item) => mayAccess(item.access, ['partner'])).map((item) => item.path)).not.toContain('/campaigns');
  });

  it('lets an editor plan a campaign with targets, KPIs, partners and links', async () => {
    const requests = setUp(['editor'], {
      'POST /api/v1/campaigns': { status: 201, body: campaign({ name: 'Sommer 2026' }), headers: { ETag: '"0"' } },
    });
    renderWithApp(<CampaignsPage />, { path: '/campaigns' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny kampanje' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(/må fylles ut/);
    expect(within(dialog).getByLabelText('Startdato')).toHaveAccessibleDescription(/Velg en dato/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await fill(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Sommer 2026');
    await userEvent.type(within(dialog).getByLabelText('Startdato'), '2026-06-01');
    await userEvent.type(within(dialog).getByLabelText('Sluttdato'), '2026-08-31');
    await fill(within(dialog).getByRole('textbox', { name: 'Budsjett (kr)' }), '150000');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Innbyggere' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Nettsted' }));
    await fill(within(dialog).getByRole('textbox', { name: 'Økter' }), '5000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Legg til KPI' }));
    await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: 'KPI' }), 'visibility-reach');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Teller med' }), 'sessions');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Legg til partner' }));
    await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: 'Partner' }), partner.id);
    await fill(within(dialog).getByRole('textbox', { name: 'Beløp (kr)' }), '25000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Legg til lenke' }));
    await fill(within(dialog).getByRole('textbox', { name: 'Adresse' }), 'https://www.kongsberg.no/sommer');
    await fill(within(dialog).getByRole('textbox', { name: 'Kilde (utm_source)' }), 'web');
    await fill(within(dialog).getByRole('textbox', { name: 'Medium (utm_medium)' }), 'banner');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('«Sommer 2026» er opprettet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til «Sommer 2026»' })).toHaveAttribute('href', `/campaigns/${campaign().id}`);
    expect(await requests.find((request) => request.method === 'POST')!.json()).toEqual({
      name: 'Sommer 2026',
      slug: null,
      description: null,
      focusAreas: ['residents'],
      targetGroups: [],
      channels: ['web'],
      startDate: '2026-06-01',
      endDate: '2026-08-31',
      budgetNok: 150000,
      otherSpendNok: 0,
      owner: null,
      status: 'planned',
      kpis: [{ key: 'visibility-reach', feeds: 'sessions' }],
      partners: [{ partnerId: partner.id, amountNok: 25000 }],
      targets: { sessions: 5000 },
      links: [{ baseUrl: 'https://www.kongsberg.no/sommer', source: 'web', medium: 'banner', content: null }],
    });
  }, 20_000);

  it('shows the server’s field errors at their fields, and a taken slug at the slug', async () => {
    let answer = problem(400, 'validation', [
      { field: 'links[0].baseUrl', code: 'invalid-url', message: 'must be a URL' },
      { field: 'targets.leads', code: 'out-of-range', message: 'too large' },
    ]);
    setUp(['editor'], { 'POST /api/v1/campaigns': () => answer });
    renderWithApp(<CampaignsPage />, { path: '/campaigns' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny kampanje' }));
    const dialog = screen.getByRole('dialog');
    await fill(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Velkommen hjem 2026');
    await fill(within(dialog).getByRole('textbox', { name: /Kortnavn/ }), 'velkommen-hjem-2026');
    await userEvent.type(within(dialog).getByLabelText('Startdato'), '2026-03-01');
    await userEvent.type(within(dialog).getByLabelText('Sluttdato'), '2026-10-31');
    await fill(within(dialog).getByRole('textbox', { name: 'Budsjett (kr)' }), '600000');
    await fill(within(dialog).getByRole('textbox', { name: 'Leads' }), '300');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Legg til lenke' }));
    await fill(within(dialog).getByRole('textbox', { name: 'Adresse' }), 'https://x');
    await fill(within(dialog).getByRole('textbox', { name: 'Kilde (utm_source)' }), 'meta');
    await fill(within(dialog).getByRole('textbox', { name: 'Medium (utm_medium)' }), 'social');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Adresse' })).toHaveAccessibleDescription(/ikke en gyldig nettadresse/),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Leads' })).toHaveAccessibleDescription(/utenfor tillatt område/);

    answer = problem(409, 'slug-taken');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /Kortnavn/ })).toHaveAccessibleDescription(/allerede brukt av en annen kampanje/),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Kortnavnet er allerede brukt av en annen kampanje.');
  }, 20_000);
});
