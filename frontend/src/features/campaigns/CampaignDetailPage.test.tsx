import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { CampaignDetailPage } from './CampaignDetailPage';
import { campaign, campaignId, metrics, totals } from './fixtures';

const base = `/api/v1/campaigns/${campaignId}`;
// A campaign long over, so the grid opens on its last week (31.03.–06.04.2025) whatever today is.
const spring = campaign({ startDate: '2025-03-01', endDate: '2025-03-31', overBudget: true, spendNok: 700000 });
const weekRows = [
  { date: '2025-03-31', channel: 'meta', impressions: null, reach: null, clicks: null, sessions: 100, leads: null, costNok: null },
];

function setUp(roles: string[], handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: roles[0] }));
  const requests = mockApi({
    'GET /api/v1/auth/me': { body: staffUser(roles) },
    [`GET ${base}`]: { body: spring, headers: { ETag: '"3"' } },
    [`GET ${base}/metrics`]: (request) =>
      new URL(request.url).searchParams.has('from')
        ? { body: metrics({ from: '2025-03-31', to: '2025-04-06', rows: weekRows }) }
        : { body: metrics({ totals: totals({ impressions: 0, ctr: null, costPerClick: null, leads: 0, costPerLead: null }) }) },
    'GET /api/v1/kpis': { body: { items: [], page: 0, size: 500, total: 0 } },
    'GET /api/v1/partners': { body: { items: [], page: 0, size: 500, total: 0 } },
    ...handlers,
  });
  const app = renderWithApp(<CampaignDetailPage />, { path: `/campaigns/${campaignId}`, routePath: '/campaigns/:id' });
  return { requests, ...app };
}

describe('CampaignDetailPage', () => {
  it('shows the plan, budget against time, progress, co-funding, links and the results with "–" for rates without a divisor', async () => {
    setUp(['viewer']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen hjem 2026' })).toBeInTheDocument();
    expect(screen.getByTestId('campaign-plan')).toHaveTextContent('velkommen-hjem-2026');
    expect(screen.getByTestId('campaign-plan')).toHaveTextContent('Synlighet (teller med: Økter)');
    expect(screen.getByTestId('budget-summary')).toHaveTextContent(
      /16\s%\sav budsjettet er brukt, og 50\s%\sav perioden har gått\. Forbruket er over budsjettet\./,
    );
    const progress = screen.getByTestId('campaign-progress');
    expect(within(progress).getByRole('row', { name: /Økter/ })).toHaveTextContent(/20\s0001\s8009\s%/);
    expect(within(progress).getByRole('progressbar', { name: /Økter: 1\s800 av 20\s000/ })).toBeInTheDocument();
    expect(screen.getByTestId('campaign-partners')).toHaveTextContent(/Fjellvik Presisjon AS \(fiktiv\)100\s000\skr/);
    expect(screen.getByTestId('campaign-links')).toHaveTextContent('utm_campaign=velkommen-hjem-2026');
    expect(screen.getByRole('button', { name: 'Kopier lenke nr. 1' })).toBeInTheDocument();

    const totalsList = await screen.findByTestId('campaign-totals');
    const value = (term: string) => within(totalsList).getByText(term).nextElementSibling?.textContent;
    expect(value('Klikkrate (CTR)')).toBe('–');
    expect(value('Kostnad per klikk')).toBe('–');
    expect(value('Kostnad per lead')).toBe('–');
    expect(value('Økter')).toMatch(/1\s800/);
    const byChannel = screen.getByTestId('results-by-channel');
    expect(within(byChannel).getByRole('row', { name: /Nettsted/ })).toHaveTextContent('–');
    expect(within(screen.getByTestId('results-daily')).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('button', { name: /Last ned resultatene \(CSV\)/ })).toBeInTheDocument();

    expect(screen.queryByRole('button', { name: 'Endre' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Slett kampanjen' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('metric-grid')).not.toBeInTheDocument();
  });

  it('lets an editor record a week in the grid: only changed rows are sent, an emptied row as nulls', async () => {
    const { requests } = setUp(['editor'], {
      [`POST ${base}/metrics`]: { body: { inserted: 1, updated: 0, unchanged: 0, removed: 1 } },
    });
    const grid = await screen.findByTestId('metric-grid');
    expect(within(grid).getByTestId('grid-week')).toHaveTextContent('Uke 14: 31.03.2025–06.04.2025');
    const metaMonday = await within(grid).findByRole('textbox', { name: 'Økter, Meta (Facebook/Instagram), 31.03.2025' });
    expect(metaMonday).toHaveValue('100');
    await userEvent.clear(metaMonday);
    const webTuesday = within(grid).getByRole('textbox', { name: 'Økter, Nettsted, 01.04.2025' });
    await userEvent.type(webTuesday, '50');
    await userEvent.type(within(grid).getByRole('textbox', { name: 'Kostnad (kr), Nettsted, 01.04.2025' }), '120,5');
    expect(within(grid).getByTestId('grid-unsaved')).toHaveTextContent('2 endrede rader er ikke lagret.');
    await userEvent.click(within(grid).getByRole('button', { name: 'Lagre uken' }));
    expect(await within(grid).findByTestId('grid-result')).toHaveTextContent('Lagret: 1 nye, 0 endret, 0 uendret, 1 fjernet.');
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      rows: [
        { date: '2025-03-31', channel: 'meta', impressions: null, reach: null, clicks: null, sessions: null, leads: null, costNok: null },
        { date: '2025-04-01', channel: 'web', impressions: null, reach: null, clicks: null, sessions: 50, leads: null, costNok: 120.5 },
      ],
    });
    const weekReads = requests.filter(
      (request) => request.method === 'GET' && new URL(request.url).searchParams.get('from') === '2025-03-31',
    );
    expect(new URL(weekReads[0]!.url).searchParams.get('to')).toBe('2025-04-06');
  });

  it('shows a value that is not a number at its cell, and the server’s errors at theirs', async () => {
    const { requests } = setUp(['editor'], {
      [`POST ${base}/metrics`]: problem(400, 'validation', [{ field: 'rows[0].clicks', code: 'out-of-range', message: 'too large' }]),
    });
    const grid = await screen.findByTestId('metric-grid');
    const clicks = await within(grid).findByRole('textbox', { name: 'Klikk, Meta (Facebook/Instagram), 02.04.2025' });
    await userEvent.type(clicks, 'mange');
    await userEvent.click(within(grid).getByRole('button', { name: 'Lagre uken' }));
    expect(clicks).toHaveAccessibleDescription('Skriv et helt tall, 0 eller mer.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await userEvent.clear(clicks);
    await userEvent.type(clicks, '99999999999');
    await userEvent.click(within(grid).getByRole('button', { name: 'Lagre uken' }));
    await waitFor(() => expect(clicks).toHaveAccessibleDescription('er utenfor tillatt område'));
  });

  it('lets an editor change the campaign with its ETag, says a stale save, and deletes after asking', async () => {
    const { requests, router } = setUp(['editor'], {
      [`PUT ${base}`]: problem(412, 'precondition-failed'),
      [`DELETE ${base}`]: { status: 204 },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Endre' }));
    const dialog = screen.getByRole('dialog');
    const name = await within(dialog).findByRole('textbox', { name: 'Navn' });
    await userEvent.type(name, ' (vår)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await within(dialog).findByText(/Noen andre har endret kampanjen/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Last inn på nytt' })).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toMatchObject({
      name: 'Velkommen hjem 2026 (vår)',
      slug: 'velkommen-hjem-2026',
      targets: { sessions: 20000, leads: 300 },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));

    await userEvent.click(screen.getByRole('button', { name: 'Slett kampanjen' }));
    const confirm = screen.getByRole('dialog');
    expect(confirm).toHaveTextContent('Slette «Velkommen hjem 2026»?');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Slett' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/campaigns'));
    expect(requests.find((request) => request.method === 'DELETE')!.headers.get('If-Match')).toBe('"3"');
  }, 15_000);
});
