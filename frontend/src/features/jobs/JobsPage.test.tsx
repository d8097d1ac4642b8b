import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { i18n } from '../../lib/i18n';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import {
  employmentComparison,
  enterpriseComparison,
  hostAward,
  industries,
  kongsbergCommuting,
  kongsbergEmployment,
  kongsbergEnterprises,
  kongsbergregionen,
  regionEmployment,
  unitPage,
} from './fixtures';
import { JobsPage } from './JobsPage';

// jsdom has no canvas; the charts themselves are exercised in the browser tests.
vi.mock('../../components/charts/ChartCanvas', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const summary = {
  municipality: { code: '3303', name: 'Kongsberg' },
  variant: 'corrected',
  population: 27879,
  populationDate: '2022-01-01',
  growthYear: '2021',
  growth: 140,
  growthPercent: 0.51,
  targetGrowthPercent: 1.0,
  targetMet: false,
  netMigration: 125,
  targetNetInMigration: 350,
  netInMigrationTargetMet: false,
  projection: null,
  source: null,
};

type Role = 'viewer' | 'editor' | 'partner' | 'admin';

function signedInAs(role: Role) {
  tokenStore.set(fakeToken({ sub: role, groups: [role] }));
  return {
    username: role,
    displayName: `Test ${role}`,
    roles: [role],
    partnerId: role === 'partner' ? 'p1' : null,
    passwordChangeRequired: false,
  };
}

type Handlers = Parameters<typeof mockApi>[0];

const emptyEnterprises = { ...kongsbergEnterprises, items: [], byIndustry: [], byOrganisationForm: [] };

/** The API as the page sees it: the employment follows the subject it is asked for. */
function mockJobsApi(role: Role, overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/auth/me': { body: signedInAs(role) },
    'GET /api/v1/public/population/summary': { body: summary },
    'GET /api/v1/regions': { body: { items: [kongsbergregionen] } },
    'GET /api/v1/peer-groups': { body: { items: [hostAward] } },
    'GET /api/v1/jobs/industries': { body: industries },
    'GET /api/v1/jobs/employment': (request) =>
      new URL(request.url).searchParams.get('region') ? { body: regionEmployment } : { body: kongsbergEmployment },
    'GET /api/v1/jobs/employment/comparison': { body: employmentComparison },
    'GET /api/v1/jobs/commuting': { body: kongsbergCommuting },
    'GET /api/v1/jobs/enterprises': (request) =>
      new URL(request.url).searchParams.get('granularity') === 'quarter' ? { body: emptyEnterprises } : { body: kongsbergEnterprises },
    'GET /api/v1/jobs/enterprises/comparison': { body: enterpriseComparison },
    'GET /api/v1/jobs/enterprises/units': { body: unitPage },
    ...overrides,
  });
}

const lastQuery = (requests: Request[], path: string) => {
  const request = requests.filter((candidate) => new URL(candidate.url).pathname === path).at(-1);
  return request ? new URL(request.url).searchParams : null;
};

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) =>
      [...row.querySelectorAll('th, td')]
        .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' ')
        .trim(),
    );

afterEach(() => vi.restoreAllMocks());

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

describe('JobsPage', () => {
  it('shows jobs, ownership, industries, commuting and enterprises as tables beside their charts', async () => {
    mockJobsApi('viewer');
    renderWithApp(<JobsPage />, { path: '/jobs' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Arbeidsplasser og næringsliv' })).toBeInTheDocument();
    const jobs = await screen.findByRole('table', { name: 'Arbeidsplasser i Kongsberg, 2023–2025' });
    const rows = rowTexts(jobs);
    expect(rows[0]).toBe('År Arbeidsplasser Endring Endring i prosent Sysselsatte bosatte Arbeidsplasser per sysselsatt bosatt Merknad');
    expect(rows[2]).toMatch(/^2024 17 850 \+212 \+1,20 % 14 410 1,24$/);
    expect(screen.getByRole('img', { name: /^Stolpediagram: arbeidsplasser i Kongsberg, 2023–2025/ })).toBeInTheDocument();

    const ownership = screen.getByTestId('ownership-table');
    expect(rowTexts(ownership)[2]).toMatch(/^2024 13 120 4 730 17 850$/);
    // A confidential value is missing, never 0, and its reason is said in the jobs table.
    expect(rowTexts(ownership)[3]).toMatch(/^2025 13 250 –mangler 18 010$/);
    expect(rowTexts(jobs)[3]).toMatch(/Offentlig sektor: skjermet$/);

    const commuting = screen.getByTestId('commuting-table');
    expect(rowTexts(commuting)[2]).toMatch(/^2024 14 410 17 850 11 020 6 830 3 390 \+3 440 76,47 % \+0,25$/);
    expect(screen.getByTestId('integration-summary').textContent).toMatch(
      /I 2024 bodde og jobbet 76,47\s%\sav de sysselsatte i Kongsberg der\./,
    );
    expect(rowTexts(screen.getByTestId('inflows-table'))[1]).toBe('Notodden (4005) 780');
    expect(rowTexts(screen.getByTestId('outflows-table'))[1]).toBe('Drammen (3301) 610');
    expect(
      screen.getByText('Noen pendlerstrømmer i 2024 mangler tall (skjermet eller ikke tilgjengelig) og er holdt utenfor summene.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Noen av disse tallene er fiktive demotall, ikke SSBs tall.')).toBeInTheDocument();

    const enterprises = screen.getByTestId('enterprises-table');
    expect(rowTexts(enterprises)[2]).toMatch(/^2024 412 198 \+214 28 793 14,31$/);
    expect(rowTexts(screen.getByTestId('enterprises-industry-table'))[1]).toBe('C Industri 20 8 +12');
    expect(rowTexts(screen.getByTestId('enterprises-industry-table'))[2]).toBe('Ukjent næring 5 1 +4');
    expect(rowTexts(screen.getByTestId('enterprises-form-table'))[1]).toBe('Aksjeselskap (AS) 150 40 +110');
    expect(
      screen.getByText('Folketallet 1. januar mangler for 2021–2022, så nye foretak per 1 000 innbyggere er ikke beregnet for de årene.'),
    ).toBeInTheDocument();
  });

  it('marks the change of industry classification as a series break, in words', async () => {
    mockJobsApi('viewer');
    renderWithApp(<JobsPage />, { path: '/jobs' });
    const breaks = await screen.findByTestId('industry-breaks');
    expect(breaks).toHaveTextContent(
      'Brudd i serien i 2025: næringsstandarden skifter fra SN2007 til SN2025. Tallene før og etter er ikke sammenlignbare, og endringen fra året før er ikke beregnet.',
    );
    const table = screen.getByTestId('industry-table');
    const rows = rowTexts(table);
    expect(rows[0]).toBe('År Næring Næringsstandard Personer Endring Endring i prosent Merknad');
    expect(rows[3]).toMatch(/^2024 C Industri SN2007 5 210 \+96 \+1,88 %$/);
    expect(rows[5]).toMatch(/^2025 C Industri SN2025 5 300 –mangler –mangler Brudd i serien: første år i SN2025$/);
    expect(rows[6]).toMatch(/^2025 K Telekommunikasjon og programmering SN2025 610/);
    // The section's name is the row's header, as it names the row.
    expect(within(table).getByText('K Telekommunikasjon og programmering').closest('th')).toHaveAttribute('scope', 'row');
    expect(screen.getByRole('img', { name: /med brudd i serien der næringsstandarden skifter/ })).toBeInTheDocument();
  });

  it('asks the API again for the subject, years and period the reader picks', async () => {
    const requests = mockJobsApi('viewer');
    renderWithApp(<JobsPage />, { path: '/jobs' });
    await screen.findByTestId('jobs-table');
    expect(lastQuery(requests, '/api/v1/jobs/employment')?.toString()).toBe('');

    await userEvent.selectOptions(screen.getByLabelText('Vis tall for'), 'Kongsbergregionen');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/jobs/employment')?.get('region')).toBe('kongsbergregionen'));
    expect(lastQuery(requests, '/api/v1/jobs/commuting')?.get('region')).toBe('kongsbergregionen');
    expect(lastQuery(requests, '/api/v1/jobs/enterprises')?.get('region')).toBe('kongsbergregionen');
    expect(await screen.findByRole('heading', { level: 2, name: 'Arbeidsplasser i Kongsbergregionen' })).toBeInTheDocument();
    expect(
      screen.getByText('Flesberg (3318) mangler tall for 2024. Derfor mangler også tallet for hele gruppen disse årene.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Velg én kommune øverst på siden for å se foretakene der.')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: 'Fra år' }), '2020');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/jobs/employment')?.get('from')).toBe('2020'));
    expect(lastQuery(requests, '/api/v1/jobs/employment/comparison')?.get('from')).toBe('2020');

    await userEvent.click(screen.getByRole('radio', { name: 'Per kvartal' }));
    await waitFor(() => expect(lastQuery(requests, '/api/v1/jobs/enterprises')?.get('granularity')).toBe('quarter'));
    expect(
      await screen.findByText(
        'Ingen nye eller nedlagte foretak er registrert for Kongsberg i perioden. Enhetsregisteret er kanskje ikke importert ennå.',
      ),
    ).toBeInTheDocument();
  });

  it('ranks the region with the home municipality marked in words, and compares with a peer group on request', async () => {
    const requests = mockJobsApi('viewer');
    renderWithApp(<JobsPage />, { path: '/jobs' });
    const jobs = await screen.findByRole('table', { name: 'Kongsbergregionen: vekst i arbeidsplasser 2019–2024, rangert' });
    const rows = rowTexts(jobs);
    expect(rows[1]).toBe('1 Kongsberg (3303) hjemkommune 16 400 17 850 +1 450 +1,71 % 1,24 73,50 %');
    expect(rows[3]).toMatch(/^–mangler Flesberg \(3318\)/);
    expect(rows[4]).toMatch(/^Samlet for Kongsbergregionen 22 400 23 950/);
    const enterprises = screen.getByTestId('enterprises-comparison-table');
    expect(rowTexts(enterprises)[2]).toBe('2 Kongsberg (3303) hjemkommune 1 000 500 +500 7,10 +3,55');
    expect(
      screen.getByText('Flesberg (3318) mangler folketall 1. januar 2020, så nye foretak per 1 000 innbyggere er ikke beregnet.'),
    ).toBeInTheDocument();
    expect(lastQuery(requests, '/api/v1/jobs/employment/comparison')?.get('region')).toBe('kongsbergregionen');

    await userEvent.selectOptions(screen.getByLabelText('Sammenlign med'), 'Vertskommuneprisen 2025');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/jobs/employment/comparison')?.get('peerGroup')).toBe('host-award-2025'));
    expect(lastQuery(requests, '/api/v1/jobs/enterprises/comparison')?.get('peerGroup')).toBe('host-award-2025');
  });

  it('downloads the jobs table as CSV for Excel: BOM, semicolons, decimal commas', async () => {
    mockJobsApi('viewer');
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithApp(<JobsPage />, { path: '/jobs' });
    await screen.findByTestId('jobs-table');
    await userEvent.click(screen.getByRole('button', { name: 'Last ned som CSV: Arbeidsplasser i Kongsberg, 2023–2025' }));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('arbeidsplasser-kongsberg.csv');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('År;Arbeidsplasser;Endring;Endring i prosent;Sysselsatte bosatte;Arbeidsplasser per sysselsatt bosatt;Merknad');
    expect(lines[2]).toBe('2024;17850;212;1,2;14410;1,24;');
    expect(lines[3]).toBe('2025;18010;160;0,9;14500;1,24;Offentlig sektor: skjermet');
  });

  it('says in words that no figures have been imported, with the way to the Data page for editors', async () => {
    mockJobsApi('editor', {
      'GET /api/v1/jobs/employment': { body: { ...kongsbergEmployment, items: [], byIndustry: [], seriesBreaks: [] } },
      'GET /api/v1/jobs/commuting': {
        body: { ...kongsbergCommuting, items: [], flowsYear: null, largestInflows: [], largestOutflows: [] },
      },
    });
    renderWithApp(<JobsPage />, { path: '/jobs' });
    const text = await screen.findByText('Ingen sysselsettingstall er importert ennå for Kongsberg.');
    const empty = text.closest<HTMLElement>('[data-testid="no-figures"]')!;
    expect(within(empty).getByRole('link', { name: 'Gå til Data-siden' })).toHaveAttribute('href', '/data');
    expect(screen.getByText('Ingen pendlingstall er importert ennå for Kongsberg.')).toBeInTheDocument();
    expect(screen.queryByTestId('jobs-table')).not.toBeInTheDocument();
  });

  it('reads in English with English section names and number formats', async () => {
    await i18n.changeLanguage('en');
    mockJobsApi('viewer');
    renderWithApp(<JobsPage />, { path: '/jobs' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Jobs and businesses' })).toBeInTheDocument();
    const jobs = await screen.findByRole('table', { name: 'Jobs in Kongsberg, 2023–2025' });
    expect(rowTexts(jobs)[2]).toMatch(/^2024 17,850 \+212 \+1\.20% 14,410 1\.24$/);
    expect(screen.getByTestId('industry-breaks')).toHaveTextContent(
      'Series break in 2025: the industry classification changes from SN2007 to SN2025.',
    );
    expect(rowTexts(screen.getByTestId('industry-table'))[3]).toMatch(/^2024 C Manufacturing SN2007 5,210/);
    expect(rowTexts(await screen.findByTestId('units-table'))[1]).toMatch(/K Telecommunications and programming 05\/03\/2024 Active 12$/);
  });

  it('lists the register’s units with search, sort and paging, but not to partners', async () => {
    const requests = mockJobsApi('viewer');
    renderWithApp(<JobsPage />, { path: '/jobs' });
    const units = await screen.findByTestId('units-table');
    expect(rowTexts(units)[1]).toBe(
      'Kongsberg Testbedrift AS (fiktiv) 923609016 Aksjeselskap (AS) K Telekommunikasjon og programmering 05.03.2024 Aktivt 12',
    );
    expect(lastQuery(requests, '/api/v1/jobs/enterprises/units')?.get('sort')).toBe('-registeredOn');
    expect(lastQuery(requests, '/api/v1/jobs/enterprises/units')?.get('municipality')).toBe('3303');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Søk etter foretak' }), 'testbedrift');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/jobs/enterprises/units')?.get('q')).toBe('testbedrift'));
    await userEvent.click(within(units).getByRole('button', { name: 'Navn' }));
    await waitFor(() => expect(lastQuery(requests, '/api/v1/jobs/enterprises/units')?.get('sort')).toBe('name'));
    await userEvent.selectOptions(screen.getByLabelText('Vis'), 'Slettede');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/jobs/enterprises/units')?.get('status')).toBe('deleted'));
  });

  it('shows a partner the statistics but not the register’s units', async () => {
    const requests = mockJobsApi('partner');
    renderWithApp(<JobsPage />, { path: '/jobs' });
    await screen.findByTestId('jobs-table');
    await screen.findByTestId('enterprises-comparison-table');
    expect(screen.queryByRole('heading', { name: 'Foretak' })).not.toBeInTheDocument();
    expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/jobs/enterprises/units')).toBe(false);
  });
});
