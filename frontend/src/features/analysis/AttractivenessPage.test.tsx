import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { i18n } from '../../lib/i18n';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { AttractivenessPage } from './AttractivenessPage';
import { attractiveness, partlySyntheticAttractiveness, syntheticAttractiveness, tooFew } from './fixtures';

// jsdom has no canvas; the chart's configuration is tested in ChartCanvas.test.ts and drawn in the browser tests.
vi.mock('../../components/charts/ChartCanvas', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

type Role = 'viewer' | 'editor' | 'partner' | 'admin';
type Handlers = Parameters<typeof mockApi>[0];
const PATH = '/api/v1/analysis/attractiveness';

function mockAnalysisApi(role: Role, overrides: Handlers = {}) {
  tokenStore.set(fakeToken({ sub: role, groups: [role] }));
  return mockApi({
    'GET /api/v1/auth/me': {
      body: {
        username: role,
        displayName: `Test ${role}`,
        roles: [role],
        partnerId: role === 'partner' ? 'p1' : null,
        passwordChangeRequired: false,
      },
    },
    [`GET ${PATH}`]: { body: attractiveness },
    ...overrides,
  });
}

const queries = (requests: Request[]) =>
  requests.filter((request) => new URL(request.url).pathname === PATH).map((request) => new URL(request.url).searchParams.toString());

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '));

async function violations() {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

afterEach(() => vi.restoreAllMocks());
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

describe('AttractivenessPage', () => {
  it('ranks the municipalities in a table with the home municipality and the peers marked in words', async () => {
    const requests = mockAnalysisApi('viewer');
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bostedsattraktivitet' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Kommunene rangert etter bostedsattraktivitet, 2019–2024' });
    const rows = rowTexts(table);
    expect(rows[0]).toBe(
      'Plass | Kommune | Nettoflytting (% per år) | Jobbvekst (% per år) | Forventet nettoflytting (% per år) | Attraktivitet (prosentpoeng) | Folketall 1. januar 2020',
    );
    expect(rows[2]).toMatch(/^2 \| Kongsberg \(3303\) \(hjemkommune\) \| \+0,85 \| \+1,10 \| \+0,41 \| \+0,44 \| 27\s900$/);
    expect(rows[3]).toMatch(/^3 \| Drammen \(3301\) \(sammenligning\) \|/);
    expect(rows[5]).toMatch(/^5 \| Notodden \(3808\) \| \+0,10 \| −0,40 \| \+0,30 \| −0,20 \|/);
    // The municipality names the row.
    expect(within(table).getByText('Kongsberg').closest('th')).toHaveAttribute('scope', 'row');
    // The server chose the span; nothing was asked for.
    expect(queries(requests)).toEqual(['']);
    expect(screen.getByRole('textbox', { name: 'Fra år' })).toHaveValue('2019');
    expect(screen.getByRole('textbox', { name: 'Til og med år' })).toHaveValue('2024');
    expect(screen.getByTestId('span-shown')).toHaveTextContent('Viser 2019–2024 (5 år).');

    expect(
      screen.getByRole('img', { name: /^Punktdiagram: nettoflytting mot jobbvekst for 6 kommuner, 2019–2024, med hjemkommunen/ }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('chart-caption')).toHaveTextContent(/median av ln\(folketall\)/);
    expect(screen.queryByTestId('synthetic-warning')).not.toBeInTheDocument();
  });

  it('sums up the home municipality, the fit and the municipalities left out', async () => {
    mockAnalysisApi('viewer');
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    const summary = await screen.findByTestId('home-summary');
    expect(within(summary).getByRole('heading', { level: 2, name: 'Hjemkommunen: Kongsberg' })).toBeInTheDocument();
    expect(summary).toHaveTextContent('Kongsberg har fått flere innflyttere enn jobbveksten og størrelsen tilsier.');
    const figures = within(summary).getByTestId('home-figures').textContent;
    expect(figures).toContain('Attraktivitet (faktisk minus forventet nettoflytting)+0,44 prosentpoeng per år');
    expect(figures).toContain('Plass2 av 6');
    expect(figures).toContain('Plass i Kongsbergregionen1 av 7');
    expect(figures).toContain('Plass i Vertskommuneprisen 20252 av 3');

    expect(rowTexts(screen.getByTestId('coefficients-table')).slice(1)).toEqual([
      'Konstantledd | −1,235 | (0,457)',
      'Jobbvekst (% per år) | 0,382 | (0,051)',
      'ln(folketall) | 0,143 | (0,040)',
    ]);
    const fit = screen.getByTestId('fit-figures').textContent;
    expect(fit).toContain('Forklaringsgrad (R²)0,412');
    expect(fit).toContain('Kommuner i beregningen6');
    expect(fit).toContain('Kommuner holdt utenfor fordi tall mangler3');
    expect(screen.getByTestId('excluded-list')).toHaveTextContent('Sandefjord (3907): grenseendring 01.01.2020');
  });

  it('says prominently that the figures are synthetic whenever any are', async () => {
    mockAnalysisApi('viewer', { [`GET ${PATH}`]: { body: syntheticAttractiveness } });
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    const warning = await screen.findByTestId('synthetic-warning');
    expect(within(warning).getByRole('heading', { name: 'Syntetiske testdata, ikke SSBs tall' })).toBeInTheDocument();
    expect(warning).toHaveTextContent('ligger helt eller delvis bak 6 av de 6 kommunene i beregningen');
    // Before the figures, not after them.
    expect(warning.compareDocumentPosition(screen.getByTestId('attractiveness-table')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Every row is synthetic: the warning says so once, not in each row.
    expect(rowTexts(screen.getByTestId('attractiveness-table'))[2]).toMatch(/^2 \| Kongsberg \(3303\) \(hjemkommune\) \|/);
  });

  it('marks the synthetic rows in words when only some are', async () => {
    mockAnalysisApi('viewer', { [`GET ${PATH}`]: { body: partlySyntheticAttractiveness } });
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    expect(await screen.findByTestId('synthetic-warning')).toHaveTextContent('bak 1 av de 6 kommunene');
    const rows = rowTexts(screen.getByTestId('attractiveness-table'));
    expect(rows[2]).toMatch(/^2 \| Kongsberg \(3303\) \(hjemkommune\) \(syntetiske tall\) \|/);
    expect(rows[1]).toMatch(/^1 \| Bærum \(3201\) \|/);
  });

  it('shows too few municipalities as a state with the server’s detail and the way to the Data page', async () => {
    mockAnalysisApi('editor', { [`GET ${PATH}`]: tooFew });
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness?from=2019&to=2024', routePath: '/attractiveness' });
    const state = await screen.findByTestId('too-few');
    expect(within(state).getByRole('heading', { name: 'For få kommuner har tall for perioden' })).toBeInTheDocument();
    expect(state).toHaveTextContent('Bare 8 av kommunene har fullstendige tall for 2019–2024.');
    expect(state).toHaveTextContent('Only 8 municipalities have complete data for 2019–2024; the fit needs at least 50.');
    expect(state).toHaveTextContent(/importert fra Statistisk sentralbyrå på Data-siden/);
    expect(within(state).getByRole('link', { name: 'Gå til Data-siden' })).toHaveAttribute('href', '/data');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The method is there all the same, and another span can be tried.
    expect(screen.getByRole('heading', { level: 2, name: 'Slik er det beregnet' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Fra år' })).toHaveValue('2019');
  });

  it('tells a viewer to ask an editor when too few municipalities have figures', async () => {
    mockAnalysisApi('viewer', { [`GET ${PATH}`]: tooFew });
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    const state = await screen.findByTestId('too-few');
    expect(state).toHaveTextContent('Be en redaktør importere folketall og sysselsetting');
    expect(within(state).queryByRole('link')).not.toBeInTheDocument();
  });

  it('asks again for the span the reader applies, keeps it in the address, and refuses a wrong one', async () => {
    const requests = mockAnalysisApi('viewer', {
      [`GET ${PATH}`]: (request) => {
        const params = new URL(request.url).searchParams;
        return { body: { ...attractiveness, from: params.get('from') ?? '2019', to: params.get('to') ?? '2024' } };
      },
    });
    const { router } = renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    await screen.findByTestId('attractiveness-table');
    const from = screen.getByRole('textbox', { name: 'Fra år' });
    const to = screen.getByRole('textbox', { name: 'Til og med år' });

    await userEvent.clear(from);
    await userEvent.type(from, '2024');
    await userEvent.click(screen.getByRole('button', { name: 'Oppdater' }));
    expect(await screen.findByText('Til-året må være etter fra-året')).toBeInTheDocument();
    expect(to).toHaveFocus();

    await userEvent.clear(from);
    await userEvent.type(from, '1990');
    await userEvent.click(screen.getByRole('button', { name: 'Oppdater' }));
    expect(await screen.findByText('Perioden kan være høyst 30 år')).toBeInTheDocument();

    await userEvent.clear(from);
    await userEvent.type(from, '20x');
    await userEvent.click(screen.getByRole('button', { name: 'Oppdater' }));
    expect(await screen.findByText('Skriv et årstall med fire sifre')).toBeInTheDocument();
    expect(queries(requests)).toEqual(['']);

    await userEvent.clear(from);
    await userEvent.type(from, '2016');
    await userEvent.clear(to);
    await userEvent.type(to, '2023');
    await userEvent.click(screen.getByRole('button', { name: 'Oppdater' }));
    await waitFor(() => expect(queries(requests).at(-1)).toBe('from=2016&to=2023'));
    expect(router.state.location.search).toBe('?from=2016&to=2023');
    expect(await screen.findByRole('table', { name: 'Kommunene rangert etter bostedsattraktivitet, 2016–2023' })).toBeInTheDocument();
  });

  it('narrows the table to the home municipality and the peers, or to a name', async () => {
    mockAnalysisApi('viewer');
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    const table = await screen.findByTestId('attractiveness-table');
    expect(within(table).getAllByRole('row')).toHaveLength(7);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Vis bare hjemkommune og sammenligningskommuner' }));
    const own = screen.getByRole('table', { name: 'Kommunene rangert etter bostedsattraktivitet, 2019–2024 (utvalg: 3 av 6)' });
    expect(
      rowTexts(own)
        .slice(1)
        .map((row) => row.split(' | ')[1]),
    ).toEqual(['Kongsberg (3303) (hjemkommune)', 'Drammen (3301) (sammenligning)', 'Asker (3203) (sammenligning)']);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Vis bare hjemkommune og sammenligningskommuner' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Søk etter kommune' }), 'noto');
    expect(rowTexts(screen.getByTestId('attractiveness-table')).slice(1)).toHaveLength(1);
    expect(rowTexts(screen.getByTestId('attractiveness-table'))[1]).toMatch(/^5 \| Notodden/);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Søk etter kommune' }), 'xyz');
    expect(screen.getByText('Ingen kommuner passer til søket.')).toBeInTheDocument();
  });

  it('reads the table in another order on request', async () => {
    mockAnalysisApi('viewer');
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    await screen.findByTestId('attractiveness-table');
    await userEvent.selectOptions(screen.getByLabelText('Rekkefølge'), 'municipality');
    const names = rowTexts(screen.getByTestId('attractiveness-table'))
      .slice(1)
      .map((row) => row.split(' | ')[1]!.replace(/ \(.*$/, ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(names).toHaveLength(6);
  });

  it('reads in English with English number formats', async () => {
    await i18n.changeLanguage('en');
    mockAnalysisApi('viewer', { [`GET ${PATH}`]: { body: syntheticAttractiveness } });
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Residential attractiveness' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'The municipalities ranked by residential attractiveness, 2019–2024' });
    expect(rowTexts(table)[2]).toMatch(
      /^2 \| Kongsberg \(3303\) \(home municipality\) \| \+0\.85 \| \+1\.10 \| \+0\.41 \| \+0\.44 \| 27,900$/,
    );
    expect(screen.getByTestId('synthetic-warning')).toHaveTextContent('Synthetic test data, not Statistics Norway’s figures');
    expect(screen.getByRole('heading', { level: 2, name: 'How it is calculated' })).toBeInTheDocument();
  });

  it('has no WCAG 2.1 A/AA violations axe can find in jsdom, with figures and with the span’s messages', async () => {
    mockAnalysisApi('editor', { [`GET ${PATH}`]: { body: syntheticAttractiveness } });
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    await screen.findByTestId('attractiveness-table');
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Oppdater' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Fra år' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Fra år' }), '2030');
    await userEvent.click(screen.getByRole('button', { name: 'Oppdater' }));
    await screen.findByText('Til-året må være etter fra-året');
    expect(await violations()).toEqual([]);
  });

  it('has no axe violations in the too-few state', async () => {
    mockAnalysisApi('editor', { [`GET ${PATH}`]: tooFew });
    renderWithApp(<AttractivenessPage />, { path: '/attractiveness' });
    await screen.findByTestId('too-few');
    expect(await violations()).toEqual([]);
  });
});
