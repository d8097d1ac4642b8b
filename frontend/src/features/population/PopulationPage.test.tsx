import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import {
  hostAward,
  jondalen,
  kongsbergComponents,
  kongsbergProjection,
  kongsbergregionen,
  kongsbergSeries,
  officialSeries,
  regionComparison,
  regionSeries,
} from './fixtures';
import { PopulationPage } from './PopulationPage';

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

function signedInAs(role: 'viewer' | 'admin' | 'editor') {
  tokenStore.set(fakeToken({ sub: role, groups: [role] }));
  return { username: role, displayName: `Test ${role}`, roles: [role], partnerId: null, passwordChangeRequired: false };
}

type Handlers = Parameters<typeof mockApi>[0];

/** The API as the page sees it: the series follows the variant and subject it is asked for. */
function mockPopulationApi(role: 'viewer' | 'admin' | 'editor', overrides: Handlers = {}) {
  return mockApi({
    'GET /api/v1/auth/me': { body: signedInAs(role) },
    'GET /api/v1/public/population/summary': { body: summary },
    'GET /api/v1/regions': { body: { items: [kongsbergregionen] } },
    'GET /api/v1/peer-groups': { body: { items: [hostAward] } },
    'GET /api/v1/population/series': (request) => {
      const query = new URL(request.url).searchParams;
      if (query.get('region')) return { body: regionSeries };
      return { body: query.get('variant') === 'official' ? officialSeries : kongsbergSeries };
    },
    'GET /api/v1/population/components': { body: kongsbergComponents },
    'GET /api/v1/population/comparison': { body: regionComparison },
    'GET /api/v1/population/projection': { body: kongsbergProjection },
    'GET /api/v1/municipalities/3303/boundary-changes': { body: { items: [jondalen] } },
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
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' '));

afterEach(() => vi.restoreAllMocks());

// The page asks for six things at once and the admin sections wait for the series: on a busy
// two-core machine that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

describe('PopulationPage', () => {
  it('shows the series with the target path as a table, and explains each break', async () => {
    mockPopulationApi('viewer');
    renderWithApp(<PopulationPage />, { path: '/population' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Befolkning' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Folketall for Kongsberg, 2019–2021 (Kommunens korrigerte tall)' });
    const rows = rowTexts(table);
    expect(rows[0]).toMatch(/Periode.*Folketall ved start.*Folketall ved slutt.*Målbane ved slutt/);
    expect(rows[1]).toMatch(/2019 27 481 27 723 27 756 \+242 \+0,88 % \+8,81 0/);
    expect(rows[2]).toMatch(/2020 27 723 27 694 28 033 −149 −0,54 % −5,37 \+120 Brudd i serien \(grenseendring\)/);
    expect(screen.getByRole('img', { name: /Linjediagram: folketall for Kongsberg, 2019–2021, med målbanen/ })).toBeInTheDocument();

    const breaks = screen.getByTestId('series-breaks');
    expect(breaks).toHaveTextContent('2020: grenseendring 01.01.2020 med Jondalen, +120 personer. Dette regnes ikke som vekst.');
    expect(breaks).toHaveTextContent('2021: folketall og bevegelser avviker med 45 personer. Dette regnes ikke som vekst.');

    expect(screen.getByTestId('average-growth').textContent).toMatch(
      /Gjennomsnittlig vekst 2019–2021: \+0,28\s%\sper år \(\+233 innbyggere\)/,
    );
    expect(screen.getByTestId('target-summary')).toHaveTextContent(
      'Samlet vekst 2019–2021: +233 innbyggere mot målbanens +829, 596 bak målet.',
    );
    expect(screen.getByTestId('target-summary')).toHaveTextContent('Samlet netto innflytting 2019–2021: +188 personer, 862 bak målet.');
    const targets = screen.getByTestId('targets-table');
    expect(rowTexts(targets)[2]).toMatch(/2020 27 723 −149 \+277 −426 −459 28 033 −159 \+350 −509 −637/);

    const components = screen.getByTestId('components-table');
    expect(rowTexts(components)[2]).toMatch(/2020 \+10 −200 \+41 −159 −149 \+120 Brudd i serien/);
  });

  it('asks the API again with the variant and subject the reader picks', async () => {
    const requests = mockPopulationApi('viewer');
    renderWithApp(<PopulationPage />, { path: '/population' });
    await screen.findByTestId('series-table');
    expect(lastQuery(requests, '/api/v1/population/series')?.toString()).toBe('granularity=year');
    // The API's choice of series is shown as chosen until the reader picks one.
    expect(screen.getByRole('radio', { name: /Kommunens korrigerte tall/ })).toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: /SSBs offisielle tall/ }));
    await waitFor(() => expect(lastQuery(requests, '/api/v1/population/series')?.get('variant')).toBe('official'));
    await waitFor(() => expect(rowTexts(screen.getByTestId('series-table'))[1]).toMatch(/^2019 27 981 28 223/));
    expect(lastQuery(requests, '/api/v1/population/components')?.get('variant')).toBe('official');
    expect(lastQuery(requests, '/api/v1/population/projection')?.get('variant')).toBe('official');

    await userEvent.selectOptions(screen.getByLabelText('Vis tall for'), 'Kongsbergregionen');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/population/series')?.get('region')).toBe('kongsbergregionen'));
    const series = lastQuery(requests, '/api/v1/population/series')!;
    expect(series.get('municipality')).toBeNull();
    expect(series.get('variant')).toBe('official');
    expect(await screen.findByRole('heading', { level: 2, name: 'Folketall for Kongsbergregionen' })).toBeInTheDocument();
    expect(
      screen.getAllByText('Notodden (4005) mangler tall for 2019–2020. Summen for gruppen er uten kommunen i disse periodene.').length,
    ).toBe(1);
    expect(lastQuery(requests, '/api/v1/population/comparison')?.get('region')).toBe('kongsbergregionen');

    await userEvent.click(screen.getByRole('radio', { name: 'Per kvartal' }));
    await waitFor(() => expect(lastQuery(requests, '/api/v1/population/series')?.get('granularity')).toBe('quarter'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Fra år' }), '2020');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/population/series')?.get('from')).toBe('2020'));
  });

  it('ranks the comparison, marks the home municipality and sums up the group', async () => {
    const requests = mockPopulationApi('viewer');
    renderWithApp(<PopulationPage />, { path: '/population' });
    const table = await screen.findByRole('table', { name: /^Kongsbergregionen, 2019–2021, rangert etter Vekst i prosent per år/ });
    const rows = rowTexts(table);
    expect(rows[1]).toMatch(/^1 Notodden \(4005\) 12 900 13 000 \+100 \+0,90 % \+9,00 \+1,50 \+2,25 \+3,00 \+5,25 0/);
    expect(rows[2]).toMatch(/^2 Kongsberg \(3303\) hjemkommune 27 779 27 879/);
    expect(rows[3]).toMatch(/^–mangler Flesberg \(3318\) (–mangler ){10}2019–2021$/);
    expect(rows[4]).toMatch(/Samlet for Kongsbergregionen 40 779 40 879/);
    expect(within(table).getByText('hjemkommune').closest('th')).toHaveAttribute('scope', 'row');
    expect(
      screen.getByText('Flesberg (3318) mangler tall for 2019–2021. Summen for gruppen er uten kommunen i disse periodene.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Stolpediagram: Vekst i prosent per år for kommunene i Kongsbergregionen/ }),
    ).toBeInTheDocument();

    expect(lastQuery(requests, '/api/v1/population/comparison')?.get('rankBy')).toBe('growthPercent');
    await userEvent.selectOptions(screen.getByLabelText('Ranger etter'), 'Netto innflytting per 1 000');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/population/comparison')?.get('rankBy')).toBe('netMigrationPer1000'));
    await userEvent.selectOptions(screen.getByLabelText('Sammenlign med'), 'Vertskommuneprisen 2025');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/population/comparison')?.get('peerGroup')).toBe('host-award-2025'));
  });

  it('labels the projection as one, with its method, span, verdict and the year it falls behind', async () => {
    mockPopulationApi('viewer');
    renderWithApp(<PopulationPage />, { path: '/population' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Framskriving til 2030' })).toBeInTheDocument();
    expect(await screen.findByTestId('projection-verdict')).toHaveTextContent(
      'Bak målbanen: med dagens trend blir det 29 016 innbyggere i 2030, målbanen gir 30 661.',
    );
    const facts = screen.getByTestId('projection-facts');
    expect(facts).toHaveTextContent(
      'Metode: gjennomsnittlig årlig vekst uten justeringer i 2017–2021 (5 år), videreført fra folketallet 1. januar 2022 (27 879).',
    );
    expect(facts).toHaveTextContent('Befolkningen ligger under målbanen fra 2020.');
    const table = screen.getByRole('table', { name: /^Framskriving for Kongsberg til 2030/ });
    expect(rowTexts(table)[3]).toMatch(/2030 –mangler 29 016 30 661/);
    expect(screen.getByRole('img', { name: /^Linjediagram, framskriving/ })).toBeInTheDocument();
  });

  it('shows boundary changes and peer-group management to admins only', async () => {
    mockPopulationApi('viewer');
    renderWithApp(<PopulationPage />, { path: '/population' });
    await screen.findByTestId('series-table');
    expect(screen.queryByRole('heading', { name: /Grenseendringer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sammenligningsgrupper' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrer grenseendring' })).not.toBeInTheDocument();
  });

  it('lets an admin record a boundary change and shows the API’s field error beside the field', async () => {
    const requests = mockPopulationApi('admin', {
      'POST /api/v1/municipalities/3303/boundary-changes': problem(400, 'validation', [
        { field: 'personsMoved', code: 'out-of-range', message: 'must be at most 10000000' },
      ]),
    });
    renderWithApp(<PopulationPage />, { path: '/population' });
    const changes = await screen.findByTestId('boundary-changes-table');
    expect(rowTexts(changes)[1]).toMatch(/01\.01\.2020 Jondalen \+120 Grensejustering mot Jondalen\. admin/);
    expect(screen.getByTestId('peer-groups-table')).toHaveTextContent('Drammen (3301), Asker (3203)');

    await userEvent.click(screen.getByRole('button', { name: 'Registrer grenseendring' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer' }));
    expect(within(dialog).getByText('Velg en dato.')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('Dato for endringen'), '1964-01-01');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Annen kommune' }), 'Jondalen');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Personer' }), '99999999');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Noen av verdiene er ikke gyldige.');
    const persons = within(dialog).getByRole('textbox', { name: 'Personer' });
    expect(persons).toHaveAccessibleDescription(/er utenfor tillatt område/);
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      date: '1964-01-01',
      otherMunicipality: 'Jondalen',
      otherMunicipalityCode: null,
      personsMoved: 99999999,
      note: null,
    });
  });

  it('deletes a boundary change only after asking', async () => {
    const requests = mockPopulationApi('admin', {
      [`DELETE /api/v1/municipalities/3303/boundary-changes/${jondalen.id}`]: { status: 204 },
    });
    renderWithApp(<PopulationPage />, { path: '/population' });
    const section = await screen.findByTestId('boundary-changes-section');
    await userEvent.click(await within(section).findByRole('button', { name: 'Slett grenseendringen 01.01.2020 med Jondalen' }));
    const dialog = screen.getByRole('dialog', { name: 'Slette grenseendringen?' });
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slett' }));
    expect(await screen.findByText('Grenseendringen er slettet.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'DELETE')).toBe(true);
  });

  it('edits a peer group’s members with If-Match and names a refused code', async () => {
    const requests = mockPopulationApi('admin', {
      'GET /api/v1/peer-groups/host-award-2025': { body: hostAward, headers: { ETag: '"g1"' } },
      'PUT /api/v1/peer-groups/host-award-2025': problem(400, 'validation', [
        { field: 'members[2]', code: 'unknown-municipality', message: 'unknown' },
      ]),
    });
    renderWithApp(<PopulationPage />, { path: '/population' });
    const section = await screen.findByTestId('peer-groups-section');
    await userEvent.click(await within(section).findByRole('button', { name: 'Endre Vertskommuneprisen 2025' }));
    const dialog = screen.getByRole('dialog');
    const members = await within(dialog).findByRole('textbox', { name: 'Kommunenumre' });
    expect(members).toHaveValue('3301, 3203');
    await userEvent.type(members, ', 3999');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await within(dialog).findByText('3999: er ikke et kjent kommunenummer')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"g1"');
    expect(await put.json()).toEqual({ name: 'Vertskommuneprisen 2025', description: null, members: ['3301', '3203', '3999'] });
  });

  it('downloads a table as CSV for Excel: BOM, semicolons, decimal commas', async () => {
    mockPopulationApi('viewer');
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithApp(<PopulationPage />, { path: '/population' });
    await screen.findByTestId('series-table');
    await userEvent.click(
      screen.getByRole('button', { name: 'Last ned som CSV: Folketall for Kongsberg, 2019–2021 (Kommunens korrigerte tall)' }),
    );
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Periode;Folketall ved start;Folketall ved slutt;Målbane ved slutt;Vekst;Vekst i prosent;Vekst per 1 000;Justering (ikke vekst);Merknad',
    );
    expect(lines[1]).toBe('2019;27481;27723;27756;242;0,88;8,81;0;');
    expect(lines[2]).toBe('2020;27723;27694;28033;-149;-0,54;-5,37;120;Brudd i serien (grenseendring)');
  });

  it('says what to do when a group has no figures', async () => {
    mockPopulationApi('editor', {
      'GET /api/v1/population/series': { body: { ...regionSeries, points: [], notes: [] } },
    });
    renderWithApp(<PopulationPage />, { path: '/population?subject=region:kongsbergregionen', routePath: '/population' });
    const empty = (await screen.findAllByTestId('no-figures'))[0]!;
    expect(empty).toHaveTextContent('Ingen av kommunene i Kongsbergregionen har befolkningstall for perioden.');
    expect(empty).toHaveTextContent('Importer tall på Data-siden eller hent dem fra SSB.');
    expect(within(empty).getByRole('link', { name: 'Gå til Data-siden' })).toHaveAttribute('href', '/data');
  });
});
