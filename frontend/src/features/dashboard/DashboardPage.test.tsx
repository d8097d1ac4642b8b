import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, problem, renderWithApp } from '../../test/renderApp';
import { DashboardPage } from './DashboardPage';
import { kongsbergSeries, kongsbergSummary } from './fixtures';

// jsdom has no canvas; the chart itself is exercised in the browser tests.
vi.mock('../../components/charts/ChartCanvas', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const SUMMARY = 'GET /api/v1/public/population/summary';
const SERIES = 'GET /api/v1/public/population/series';
const PARTNERS = 'GET /api/v1/public/partners';
const noPartners = { body: { year: 2026, items: [] } };
const KPIS = 'GET /api/v1/public/kpis';
const noKpis = { body: { year: 2026, items: [] } };

describe('DashboardPage', () => {
  it('shows the latest population with its date and source, and says the target was met', async () => {
    mockApi({ [PARTNERS]: noPartners, [KPIS]: noKpis, [SUMMARY]: { body: kongsbergSummary }, [SERIES]: { body: kongsbergSeries } });
    renderWithApp(<DashboardPage />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Befolkningsutvikling i Kongsberg' })).toBeInTheDocument();
    expect(screen.getByTestId('population').textContent).toMatch(/^28\s604$/);
    expect(screen.getByTestId('population-date')).toHaveTextContent('per 30.09.2023');
    expect(screen.getByText(/Kilde: Statistics Norway \(SSB\); corrections by the municipality/)).toBeInTheDocument();
    expect(screen.getByTestId('growth').textContent).toMatch(/^\+1,42\s%$/);
    expect(screen.getByTestId('growth-residents')).toHaveTextContent('+396 innbyggere');
    expect(screen.getByTestId('target-verdict').textContent).toMatch(/Målet om 1,00\s%\svekst ble nådd\./);
    expect(screen.getAllByText(/Raumyr/).length).toBeGreaterThan(0);
  });

  it('shows net in-migration against its target and the projection’s verdict', async () => {
    mockApi({ [PARTNERS]: noPartners, [KPIS]: noKpis, [SUMMARY]: { body: kongsbergSummary }, [SERIES]: { body: kongsbergSeries } });
    renderWithApp(<DashboardPage />);

    expect(await screen.findByRole('heading', { level: 2, name: 'Netto innflytting i 2022' })).toBeInTheDocument();
    expect(screen.getByTestId('net-migration')).toHaveTextContent('+412');
    expect(screen.getByTestId('net-migration-verdict')).toHaveTextContent('Målet om +350 i netto innflytting ble nådd.');
    expect(screen.getByRole('heading', { level: 2, name: 'Framskriving til 2030' })).toBeInTheDocument();
    expect(screen.getByTestId('projection-verdict').textContent).toMatch(
      /Bak målbanen: med dagens trend blir det 30\s552 innbyggere i 2030, målbanen gir 30\s594\./,
    );
    expect(screen.getByText('Befolkningen ligger under målbanen fra 2027.')).toBeInTheDocument();
  });

  it('says when there is too little for a projection or a net in-migration verdict', async () => {
    mockApi({
      [PARTNERS]: noPartners,
      [KPIS]: noKpis,
      [SUMMARY]: {
        body: {
          ...kongsbergSummary,
          netMigration: null,
          netInMigrationTargetMet: null,
          projection: { ...kongsbergSummary.projection!, verdict: 'insufficient-data', divergesIn: null },
        },
      },
      [SERIES]: { body: kongsbergSeries },
    });
    renderWithApp(<DashboardPage />);
    expect(await screen.findByTestId('projection-verdict')).toHaveTextContent(
      'Det trengs minst to hele år med vekst for å lage en framskriving.',
    );
    expect(screen.getByTestId('net-migration-verdict')).toHaveTextContent(/Vi har ikke tall nok til å si om målet om \+350/);
  });

  it('says in words when the target was not met', async () => {
    mockApi({
      [PARTNERS]: noPartners,
      [KPIS]: noKpis,
      [SUMMARY]: { body: { ...kongsbergSummary, growth: -29, growthPercent: -0.1, targetMet: false } },
      [SERIES]: { body: kongsbergSeries },
    });
    renderWithApp(<DashboardPage />);
    expect((await screen.findByTestId('target-verdict')).textContent).toMatch(/ble ikke nådd/);
  });

  it('has the series as a table with a caption, marking missing values', async () => {
    mockApi({ [PARTNERS]: noPartners, [KPIS]: noKpis, [SUMMARY]: { body: kongsbergSummary }, [SERIES]: { body: kongsbergSeries } });
    renderWithApp(<DashboardPage />);

    const table = await screen.findByRole('table', { name: /Innbyggere og vekst per år/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('2022');
    expect(rows[1]!.textContent?.replace(/\s/g, ' ')).toMatch(/27 879.*28 275.*\+396.*\+1,42 %/);
    expect(within(rows[2]!).getAllByText('mangler')).toHaveLength(3);
    expect(await screen.findByRole('img', { name: /Linjediagram: innbyggere 1\. januar, 2021–2023/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last ned som CSV' })).toBeInTheDocument();
  });

  it('shows a translated error with a way to try again, and then the data', async () => {
    let summaryCalls = 0;
    mockApi({
      [PARTNERS]: noPartners,
      [KPIS]: noKpis,
      [SUMMARY]: () => (++summaryCalls === 1 ? problem(503, 'unavailable') : { body: kongsbergSummary }),
      [SERIES]: { body: kongsbergSeries },
    });
    renderWithApp(<DashboardPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Tjenesten er midlertidig utilgjengelig');
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect((await screen.findByTestId('population')).textContent).toMatch(/28\s604/);
  });

  it('says so when there are no figures for the period', async () => {
    mockApi({
      [PARTNERS]: noPartners,
      [KPIS]: noKpis,
      [SUMMARY]: { body: kongsbergSummary },
      [SERIES]: { body: { ...kongsbergSeries, points: [] } },
    });
    renderWithApp(<DashboardPage />);
    expect(await screen.findByText('Det finnes ingen befolkningstall for perioden.')).toBeInTheDocument();
  });

  it('shows that it is loading', () => {
    mockApi({ [PARTNERS]: noPartners, [KPIS]: noKpis, [SUMMARY]: () => new Promise(() => {}), [SERIES]: () => new Promise(() => {}) });
    renderWithApp(<DashboardPage />);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Laster');
  });

  it('names this year’s public partners by tier, linking to their websites', async () => {
    mockApi({
      [SUMMARY]: { body: kongsbergSummary },
      [SERIES]: { body: kongsbergSeries },
      [KPIS]: noKpis,
      [PARTNERS]: {
        body: {
          year: 2026,
          items: [
            {
              name: 'Fjellvik Presisjon AS (fiktiv)',
              logoUrl: null,
              website: 'https://fjellvik.example.no',
              sector: 'industry',
              tierName: 'Hovedpartner',
            },
            { name: 'Kongsberg Bakeri (fiktiv)', logoUrl: null, website: null, sector: 'retail', tierName: 'Partner' },
          ],
        },
      },
    });
    renderWithApp(<DashboardPage />);
    const list = await screen.findByTestId('public-partners');
    expect(screen.getByRole('heading', { level: 2, name: 'Våre partnere i 2026' })).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Hovedpartner', 'Partner']);
    expect(within(list).getByRole('link', { name: 'Fjellvik Presisjon AS (fiktiv)' })).toHaveAttribute(
      'href',
      'https://fjellvik.example.no',
    );
    expect(list).toHaveTextContent('Kongsberg Bakeri (fiktiv) · Handel');
  });

  it('lists the public KPIs with their status in words, latest value and this year’s target', async () => {
    mockApi({
      [PARTNERS]: noPartners,
      [SUMMARY]: { body: kongsbergSummary },
      [SERIES]: { body: kongsbergSeries },
      [KPIS]: {
        body: {
          year: 2026,
          items: [
            {
              key: 'net-in-migration',
              name: { nb: 'Netto innflytting', en: 'Net in-migration' },
              focusArea: 'residents',
              unit: 'persons',
              direction: 'higher-is-better',
              latest: { period: '2025', value: 288 },
              target: 350,
              status: 'at-risk',
              trend: 'up',
              projection: { value: 330, method: 'trend', basedOn: ['2024', '2025'] },
            },
            {
              key: 'kommunebarometer-rank',
              name: { nb: 'Kommunebarometeret', en: 'Municipal barometer' },
              focusArea: null,
              unit: 'rank',
              direction: 'lower-is-better',
              latest: null,
              target: null,
              status: 'no-data',
              trend: null,
              projection: null,
            },
          ],
        },
      },
    });
    renderWithApp(<DashboardPage />);
    const list = await screen.findByTestId('public-kpis');
    const [migration, rank] = within(list).getAllByRole('listitem');
    expect(migration).toHaveTextContent('Netto innflytting');
    expect(migration).toHaveTextContent('I faresonen');
    expect(migration).toHaveTextContent('288 (2025)');
    expect(migration).toHaveTextContent('Mål 2026: 350');
    expect(rank).toHaveTextContent('Mangler data');
    // Anonymous visitors get no link to the signed-in KPI pages.
    expect(screen.queryByRole('link', { name: 'Se alle mål og KPI-er' })).not.toBeInTheDocument();
  });
});
