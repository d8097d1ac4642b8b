import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { tokenStore } from '../../lib/auth/tokenStore';
import { kpi, rankKpi, staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { KpisPage } from './KpisPage';

const turnover = kpi({
  key: 'programme-turnover',
  name: { nb: 'Programmets omsetning', en: 'Programme turnover' },
  focusArea: null,
  unit: 'nok',
  formula: 'programme-turnover',
  latest: { ...kpi().latest!, period: '2025', value: 2_750_000, target: 3_000_000, status: 'at-risk', trend: 'flat' },
  current: {
    period: '2026',
    closed: false,
    target: 3_000_000,
    actual: null,
    projection: null,
    status: 'no-data',
    missPercent: null,
    trend: null,
  },
  sparkline: [],
});
const growth = kpi({
  key: 'population-growth',
  name: { nb: 'Befolkningsvekst', en: 'Population growth' },
  unit: 'percent',
  latest: { ...kpi().latest!, value: 1.42, target: 1, status: 'on-track' },
  current: {
    period: '2026',
    closed: false,
    target: 1,
    actual: null,
    projection: { value: 0.85, method: 'last-value', basedOn: ['2025'] },
    status: 'off-track',
    missPercent: 15,
    trend: 'down',
  },
});

function setUp() {
  tokenStore.set(fakeToken({ sub: 'viewer' }));
  return mockApi({
    'GET /api/v1/auth/me': { body: staffUser(['viewer']) },
    'GET /api/v1/kpis': { body: { items: [kpi(), growth, turnover, rankKpi()], page: 0, size: 500, total: 4 } },
  });
}

const rowOf = (name: string) => within(screen.getByTestId('kpis-table')).getByRole('row', { name: new RegExp(name) });
const lastQuery = (requests: Request[]) =>
  new URL(requests.filter((r) => new URL(r.url).pathname === '/api/v1/kpis').at(-1)!.url).searchParams;

describe('KpisPage', () => {
  it('shows each KPI’s status in words, its value by unit, the target and what the status rests on', async () => {
    setUp();
    renderWithApp(<KpisPage />, { path: '/kpis' });
    await screen.findByTestId('kpis-table');

    const migration = rowOf('Netto innflytting');
    expect(migration).toHaveTextContent('I faresonen');
    expect(migration).toHaveTextContent('288 (2025)');
    expect(migration).toHaveTextContent('350');
    expect(migration).toHaveTextContent('Prognose 330 (trend 2024–2025)');
    expect(migration).toHaveTextContent('Opp');
    expect(within(migration).getByRole('link', { name: 'Netto innflytting' })).toHaveAttribute('href', '/kpis/net-in-migration');
    // The sparkline is decoration: hidden from assistive technology.
    expect(migration.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');

    const percent = rowOf('Befolkningsvekst');
    expect(percent).toHaveTextContent(/1,42\s%\s\(2025\)/);
    expect(percent).toHaveTextContent('Ikke i rute');
    expect(percent).toHaveTextContent(/Prognose 0,85\s%\s\(siste verdi 2025\)/);
    expect(percent).toHaveTextContent('Ned');

    const nok = rowOf('Programmets omsetning');
    expect(nok).toHaveTextContent(/2\s750\s000\skr\s\(2025\)/);
    expect(nok).toHaveTextContent('Mangler data');
    expect(nok).toHaveTextContent('Hele programmet');

    const rank = rowOf('Kommunebarometeret');
    expect(rank).toHaveTextContent('nr. 8 (2026)');
    expect(rank).toHaveTextContent('I rute');
    expect(rank).toHaveTextContent('Årets verdi nr. 8');

    expect(screen.getByText('Slik settes statusen')).toBeInTheDocument();
    expect(screen.getByText(/bommer med høyst 10 % av målet/)).toBeInTheDocument();
  });

  it('filters by focus area, status and text, and sorts by a column', async () => {
    const requests = setUp();
    renderWithApp(<KpisPage />, { path: '/kpis' });
    await screen.findByTestId('kpis-table');
    await userEvent.selectOptions(screen.getByLabelText('Fokusområde'), 'residents');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'at-risk');
    await userEvent.type(screen.getByLabelText('Søk etter navn eller nøkkel'), 'innfl');
    await waitFor(() => expect(lastQuery(requests).get('q')).toBe('innfl'));
    expect(Object.fromEntries(lastQuery(requests))).toMatchObject({ focusArea: 'residents', status: 'at-risk', sort: 'order' });
    await userEvent.click(screen.getByRole('button', { name: 'Status' }));
    await waitFor(() => expect(lastQuery(requests).get('sort')).toBe('status'));
    await userEvent.click(screen.getByRole('button', { name: 'Status' }));
    await waitFor(() => expect(lastQuery(requests).get('sort')).toBe('-status'));
  });

  it('names the KPIs in English when the reader chose English', async () => {
    await i18n.changeLanguage('en');
    setUp();
    renderWithApp(<KpisPage />, { path: '/kpis' });
    await screen.findByTestId('kpis-table');
    expect(rowOf('Net in-migration')).toHaveTextContent('At risk');
    expect(rowOf('Municipal barometer')).toHaveTextContent('No. 8 (2026)');
    expect(rowOf('Population growth')).toHaveTextContent(/Projection 0\.85%/);
  });
});
