import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import type { Financing } from './api';
import { FinancingPage } from './FinancingPage';

// jsdom has no canvas; the chart itself is exercised in the browser tests.
vi.mock('../../components/charts/ChartCanvas', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const year = new Date().getFullYear();
const financing: Financing = {
  year,
  targetNok: 3000000,
  municipalityContributionNok: 1500000,
  partners: {
    agreements: 2,
    cashNok: 150000,
    inKindNok: 25000,
    totalNok: 175000,
    invoicedNok: 100000,
    paidNok: 50000,
    outstandingNok: 100000,
    pipeline: { draftCount: 1, draftNok: 20000, sentCount: 0, sentNok: 0 },
  },
  turnoverNok: 1675000,
  remainingNok: 1325000,
  progressPercent: 55.8,
  partnersSharePercent: 10.4,
  bySector: [
    { sector: 'industry', agreements: 2, cashNok: 150000, inKindNok: 25000, totalNok: 175000 },
    { sector: 'tourism', agreements: 0, cashNok: 0, inKindNok: 0, totalNok: 0 },
  ],
  byTier: [{ tierKey: 'gold', tierName: 'Gullpartner', agreements: 1, cashNok: 50000, inKindNok: 25000, totalNok: 75000 }],
  renewal: { previousYearPartners: 3, renewedPartners: 2, ratePercent: 66.7 },
  notRenewed: [
    {
      partnerId: 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b',
      name: 'Fjellvik Presisjon AS (fiktiv)',
      sector: 'industry',
      previousYearTotalNok: 30000,
      currentStatus: 'draft',
    },
  ],
  series: [
    {
      year: year - 1,
      municipalityContributionNok: 1500000,
      partnersCashNok: 120000,
      inKindNok: 0,
      turnoverNok: 1620000,
      targetNok: 3000000,
    },
    { year, municipalityContributionNok: 1500000, partnersCashNok: 150000, inKindNok: 25000, turnoverNok: 1675000, targetNok: 3000000 },
  ],
};

function setUp(roles: string[], extra: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: roles.join('-') }));
  const requests = mockApi({
    'GET /api/v1/auth/me': { body: { username: 'u', displayName: 'U', roles, partnerId: null, passwordChangeRequired: false } },
    'GET /api/v1/financing': (request) => ({ body: { ...financing, year: Number(new URL(request.url).searchParams.get('year')) } }),
    ...extra,
  });
  renderWithApp(<FinancingPage />, { path: '/financing' });
  return requests;
}

describe('FinancingPage', () => {
  it('shows progress towards the target in Norwegian kroner and percent, with an accessible progress bar', async () => {
    setUp(['viewer']);
    const progress = await screen.findByTestId('financing-progress');
    expect(progress).toHaveTextContent('1 675 000 kr av målet på 3 000 000 kr (55,8 %). Det mangler 1 325 000 kr.');
    const bar = screen.getByRole('progressbar', { name: 'Andel av omsetningsmålet' });
    expect(bar.getAttribute('aria-valuetext')?.replace(/\s/g, ' ')).toBe('55,8 % av målet');
    const figures = screen.getByTestId('financing-figures');
    expect(within(figures).getByTestId('financing-partners-total')).toHaveTextContent('175 000 kr');
    expect(within(figures).getByTestId('financing-partners-total')).toHaveTextContent('10,4 % av omsetningen, fra 2 avtaler');
    expect(within(figures).getByTestId('financing-paid')).toHaveTextContent('50 000 kr');
    expect(figures).toHaveTextContent('1 utkast (20 000 kr) og 0 sendt (0 kr)');
  });

  it('has tables with the breakdowns, the renewal rate and the partners not yet renewed', async () => {
    setUp(['viewer']);
    const sectors = await screen.findByTestId('financing-by-sector');
    expect(within(sectors).getByRole('row', { name: /Industri/ })).toHaveTextContent('150 000 kr');
    expect(within(screen.getByTestId('financing-by-tier')).getByRole('row', { name: /Gullpartner/ })).toHaveTextContent('75 000 kr');
    expect(screen.getByTestId('financing-renewal')).toHaveTextContent(`66,7 % av partnerne fra ${year - 1} har fornyet (2 av 3).`);
    const notRenewed = screen.getByTestId('financing-not-renewed');
    expect(within(notRenewed).getByRole('link', { name: /Fjellvik/ })).toHaveAttribute(
      'href',
      '/partners/b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b',
    );
    expect(notRenewed).toHaveTextContent('Utkast');
    expect(within(screen.getByTestId('financing-series')).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('img', { name: /Stolpediagram: omsetning per år/ })).toBeInTheDocument();
  });

  it('asks for the chosen year', async () => {
    const requests = setUp(['viewer']);
    await screen.findByTestId('financing-progress');
    await userEvent.selectOptions(screen.getByLabelText('År'), String(year - 2));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('year')).toBe(String(year - 2)));
    expect(await screen.findByRole('heading', { name: `Omsetning i ${year - 2}` })).toBeInTheDocument();
  });

  it('shows no contributions or tiers to viewers', async () => {
    setUp(['viewer']);
    await screen.findByTestId('financing-progress');
    expect(screen.queryByRole('heading', { name: 'Kommunens bidrag per år' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Partnernivåer' })).not.toBeInTheDocument();
  });

  it('lets admins change a year’s contribution with If-Match = its version, and create a new year without', async () => {
    const requests = setUp(['admin'], {
      'GET /api/v1/financing/contributions': {
        body: { items: [{ year: 2025, amountNok: 1500000, note: 'Budsjett 2025', version: 4, updatedAt: '2026-11-23T10:00:00Z' }] },
      },
      'GET /api/v1/partner-tiers': { body: { items: [] } },
      'PUT /api/v1/financing/contributions/2025': {
        body: { year: 2025, amountNok: 1600000, note: 'Budsjett 2025', version: 5, updatedAt: '' },
      },
      'PUT /api/v1/financing/contributions/2030': {
        status: 201,
        body: { year: 2030, amountNok: 1000000, note: null, version: 0, updatedAt: '' },
      },
    });
    const table = await screen.findByTestId('contributions-table');
    expect(within(table).getByRole('row', { name: /2025/ })).toHaveTextContent('1 500 000 kr');
    await userEvent.click(within(table).getByRole('button', { name: 'Endre bidraget for 2025' }));
    let dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: 'Beløp' });
    await userEvent.clear(amount);
    await userEvent.type(amount, '1 600 000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre bidraget' }));
    expect(await screen.findByText('Bidraget for 2025 er lagret.')).toBeInTheDocument();
    const change = requests.find((request) => request.url.endsWith('/contributions/2025'))!;
    expect(change.headers.get('If-Match')).toBe('"4"');
    expect(await change.json()).toEqual({ amountNok: 1600000, note: 'Budsjett 2025' });

    await userEvent.click(screen.getByRole('button', { name: 'Legg inn bidrag for et år' }));
    dialog = await screen.findByRole('dialog');
    const yearField = within(dialog).getByRole('textbox', { name: 'År' });
    await userEvent.clear(yearField);
    await userEvent.type(yearField, '2030');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Beløp' }), '1000000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre bidraget' }));
    expect(await screen.findByText('Bidraget for 2030 er lagret.')).toBeInTheDocument();
    const create = requests.find((request) => request.url.endsWith('/contributions/2030'))!;
    expect(create.headers.get('If-Match')).toBeNull();
  });

  it('says a tier in use cannot be deleted (409)', async () => {
    setUp(['admin'], {
      'GET /api/v1/financing/contributions': { body: { items: [] } },
      'GET /api/v1/partner-tiers': {
        body: {
          items: [{ key: 'gold', name: 'Gullpartner', minNok: 50000, maxNok: 99999, version: 2, updatedAt: '2026-11-23T10:00:00Z' }],
        },
      },
      'DELETE /api/v1/partner-tiers/gold': { status: 409, body: { type: 'about:blank', title: 'conflict', status: 409, code: 'conflict' } },
    });
    const table = await screen.findByTestId('tiers-table');
    expect(within(table).getByRole('row', { name: /Gullpartner/ })).toHaveTextContent('50 000 kr – 99 999 kr');
    await userEvent.click(within(table).getByRole('button', { name: 'Slett Gullpartner' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Slett' }));
    expect(await screen.findByText(/brukes av minst én avtale/)).toBeInTheDocument();
  });

  it('changes a tier with If-Match = its version', async () => {
    const gold = { key: 'gold', name: 'Gullpartner', minNok: 50000, maxNok: 99999, version: 3, updatedAt: '2026-11-23T10:00:00Z' };
    const requests = setUp(['admin'], {
      'GET /api/v1/financing/contributions': { body: { items: [] } },
      'GET /api/v1/partner-tiers': { body: { items: [gold] } },
      'PUT /api/v1/partner-tiers/gold': { body: { ...gold, name: 'Gull', version: 4 } },
    });
    await userEvent.click(within(await screen.findByTestId('tiers-table')).getByRole('button', { name: 'Endre Gullpartner' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: 'Nøkkel' })).not.toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: 'Navn' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Gull');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre nivået' }));
    expect(await screen.findByText('Nivået Gull er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ name: 'Gull', minNok: 50000, maxNok: 99999 });
  });
});
