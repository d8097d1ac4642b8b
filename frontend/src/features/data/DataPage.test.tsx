import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Layout } from '../../app/Layout';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import type { ImportRun, PopulationFlag } from './api';
import { DataPage } from './DataPage';

const editor = { username: 'editor', displayName: 'Edna Editor', roles: ['editor'], partnerId: null, passwordChangeRequired: false };
const csv = 'municipality;date;variant;population\n3303;2024-01-01;corrected;28512\n';

const run = (overrides: Partial<ImportRun> = {}): ImportRun => ({
  id: '5b0e6f1c-6a8e-4b8e-9d53-2f4f1f3a9c11',
  kind: 'population',
  status: 'completed',
  source: 'befolkning.csv',
  dryRun: true,
  createdBy: 'editor',
  createdAt: '2026-11-23T10:00:00Z',
  finishedAt: '2026-11-23T10:00:01Z',
  progress: { processed: 1, total: 1 },
  counts: { inserted: 1, updated: 0, unchanged: 0, rejected: 0, flagged: 1 },
  errors: [],
  warnings: [{ row: 2, field: 'population', code: 'implausible-change', message: '3303 changed by 7.1 % from 2023-01-01 to 2024-01-01.' }],
  ...overrides,
});

const flag: PopulationFlag = {
  id: '9a1b2c3d-0000-4000-8000-000000000001',
  municipality: { code: '3303', name: 'Kongsberg' },
  variant: 'corrected',
  kind: 'stock',
  at: '2024-01-01',
  field: 'population',
  value: 28512,
  rule: 'implausible-change',
  detail: 'Changed by 7.1 % with no flows to explain it.',
  adjustment: null,
  status: 'open',
  comment: null,
  importRunId: '5b0e6f1c-6a8e-4b8e-9d53-2f4f1f3a9c11',
  createdAt: '2026-11-23T10:00:00Z',
  resolvedBy: null,
  resolvedAt: null,
};

const page = <T,>(items: T[]) => ({ body: { items, page: 0, size: 20, total: items.length } });

function signedInAsEditor(handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: 'editor', groups: ['editor'] }));
  return mockApi({
    'GET /api/v1/auth/me': { body: editor },
    'GET /api/v1/imports': page([] as ImportRun[]),
    'GET /api/v1/population/flags': page([] as PopulationFlag[]),
    ...handlers,
  });
}

/**
 * A picked file as Node's fetch (which the tests run on) can send as a body, the way a browser sends
 * the File itself: jsdom's File is not a Blob to Node.
 */
async function nodeFile(content: string, name: string): Promise<File> {
  const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
  const blob = await new Response(content, { headers: { 'Content-Type': type } }).blob();
  return Object.assign(blob, { name, lastModified: 0 }) as File;
}

async function chooseAndCheck(name = 'befolkning.csv', content = csv) {
  const input = await screen.findByLabelText('Fil (Vekst-CSV eller JSON-stat2)');
  await userEvent.upload(input, await nodeFile(content, name));
  await userEvent.click(screen.getByRole('button', { name: 'Sjekk filen' }));
}

const imports = (requests: Request[]) => requests.filter((request) => request.url.includes('/population/imports'));

describe('DataPage: upload', () => {
  it('checks the file with a dry run and shows what would happen, with the warnings', async () => {
    const requests = signedInAsEditor({ 'POST /api/v1/population/imports': { body: run() } });
    renderWithApp(<DataPage />, { path: '/data' });
    await chooseAndCheck();

    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByRole('heading', { name: 'Forhåndsvisning: befolkning.csv' })).toBeInTheDocument();
    expect(within(preview).getByText('Ingenting er lagret ennå. Trykk «Importer» for å lagre.')).toBeInTheDocument();
    const counts = within(preview).getByTestId('import-counts');
    expect(counts).toHaveTextContent('Nye1');
    expect(counts).toHaveTextContent('Flagget1');
    const warning = within(within(preview).getByTestId('import-warnings')).getByRole('row', { name: /Folketall/ });
    expect(warning).toHaveTextContent('2');
    expect(warning).toHaveTextContent('Usannsynlig endring');
    expect(screen.getByTestId('upload-status')).toHaveTextContent(
      'Forhåndsvisning klar for befolkning.csv. Nye: 1, endret: 0, uendret: 0, avvist: 0, flagget: 1.',
    );

    const post = imports(requests)[0]!;
    const url = new URL(post.url);
    expect(url.searchParams.get('dryRun')).toBe('true');
    expect(url.searchParams.get('source')).toBe('befolkning.csv');
    expect(post.headers.get('Content-Type')).toBe('text/csv');
    expect(await post.text()).toBe(csv);
  });

  it('sends a .json file as JSON-stat2', async () => {
    const requests = signedInAsEditor({ 'POST /api/v1/population/imports': { body: run({ source: '06913.json' }) } });
    renderWithApp(<DataPage />, { path: '/data' });
    await chooseAndCheck('06913.json', '{"version":"2.0","class":"dataset"}');
    await screen.findByTestId('import-preview');
    expect(imports(requests)[0]!.headers.get('Content-Type')).toBe('application/json');
  });

  it('sends employment, commuting and register files to the jobs imports when the editor says that is what they hold', async () => {
    const requests = signedInAsEditor({
      'POST /api/v1/jobs/employment/imports': { body: run({ kind: 'employment', source: 'sysselsetting.csv' }) },
      'POST /api/v1/jobs/commuting/imports': { body: run({ kind: 'commuting', source: '03321.json' }) },
      'POST /api/v1/jobs/enterprises/imports': { body: run({ kind: 'enterprises', source: 'enheter.json.gz' }) },
    });
    renderWithApp(<DataPage />, { path: '/data' });
    await userEvent.click(await screen.findByRole('radio', { name: 'Sysselsetting (arbeidsplasser)' }));
    await chooseAndCheck(
      'sysselsetting.csv',
      'municipality;year;basis;classification;industry;ownership;persons\n3303;2024;workplace;;total;all;17850\n',
    );
    await screen.findByTestId('import-preview');
    const employment = requests.find((request) => new URL(request.url).pathname === '/api/v1/jobs/employment/imports')!;
    expect(new URL(employment.url).searchParams.get('dryRun')).toBe('true');
    expect(employment.headers.get('Content-Type')).toBe('text/csv');

    await userEvent.click(screen.getByRole('radio', { name: 'Pendling' }));
    expect(screen.queryByTestId('import-preview')).not.toBeInTheDocument();
    await chooseAndCheck('03321.json', '{"version":"2.0","class":"dataset"}');
    await screen.findByTestId('import-preview');
    const commuting = requests.find((request) => new URL(request.url).pathname === '/api/v1/jobs/commuting/imports')!;
    expect(commuting.headers.get('Content-Type')).toBe('application/json');

    await userEvent.click(screen.getByRole('radio', { name: 'Foretak fra Enhetsregisteret' }));
    await chooseAndCheck('enheter.json.gz', 'gzip bytes');
    await screen.findByTestId('import-preview');
    const register = requests.find((request) => new URL(request.url).pathname === '/api/v1/jobs/enterprises/imports')!;
    expect(register.headers.get('Content-Type')).toBe('application/gzip');
    expect(imports(requests)).toHaveLength(0);
  });

  it('asks for a file before checking', async () => {
    const requests = signedInAsEditor();
    renderWithApp(<DataPage />, { path: '/data' });
    await userEvent.click(await screen.findByRole('button', { name: 'Sjekk filen' }));
    expect(screen.getByText('Velg en fil først.')).toBeInTheDocument();
    expect(screen.getByLabelText('Fil (Vekst-CSV eller JSON-stat2)')).toHaveAttribute('aria-invalid', 'true');
    expect(imports(requests)).toHaveLength(0);
  });

  it('lists the rejected rows of a 422 with their reasons, and offers no import', async () => {
    signedInAsEditor({
      'POST /api/v1/population/imports': problem(422, 'import-rejected', [
        { field: 'rows[3].municipality', code: 'unknown-municipality', message: 'No municipality has or had the code 9999.' },
        { field: 'rows[4].date', code: 'malformed', message: 'Not an ISO date.' },
      ]),
    });
    renderWithApp(<DataPage />, { path: '/data' });
    await chooseAndCheck();

    const rejected = await screen.findByTestId('import-rejected');
    expect(rejected).toHaveTextContent('befolkning.csv ble avvist. Ingenting er lagret.');
    const rows = within(within(rejected).getByTestId('rejected-rows')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['3Kommunenummerer ikke et kjent kommunenummer', '4Datohar feil format']);
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
    expect(screen.getByTestId('upload-status')).toHaveTextContent('befolkning.csv ble avvist.');
  });

  it('imports for real after the preview, shows the result and refreshes the history', async () => {
    let committed = false;
    const requests = signedInAsEditor({
      'POST /api/v1/population/imports': (request) => {
        const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
        if (!dryRun) committed = true;
        return { status: dryRun ? 200 : 201, body: run({ dryRun, id: dryRun ? run().id : '7c0e6f1c-6a8e-4b8e-9d53-2f4f1f3a9c12' }) };
      },
      'GET /api/v1/imports': () => page(committed ? [run({ dryRun: false, id: '7c0e6f1c-6a8e-4b8e-9d53-2f4f1f3a9c12' }), run()] : [run()]),
    });
    renderWithApp(<DataPage />, { path: '/data' });
    await chooseAndCheck();
    await userEvent.click(await screen.findByRole('button', { name: 'Importer' }));

    const result = await screen.findByTestId('import-result');
    const heading = within(result).getByRole('heading', { name: 'Importert: befolkning.csv' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(result).toHaveTextContent('befolkning.csv er importert. Nye: 1, endret: 0, uendret: 0, avvist: 0, flagget: 1.');
    expect(imports(requests).map((request) => new URL(request.url).searchParams.get('dryRun'))).toEqual(['true', 'false']);

    const history = await screen.findByTestId('import-runs');
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
    const latest = within(history).getByText('Din siste').closest('tr')!;
    expect(latest).not.toHaveTextContent('Prøvekjøring');
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se kjøringen i historikken' })).toBeInTheDocument();
  });

  it('follows a run taken in the background (202) until it is done', async () => {
    const background = run({ dryRun: false, status: 'queued', progress: { processed: 0, total: null }, finishedAt: null });
    const polls: ImportRun[] = [
      { ...background, status: 'running', progress: { processed: 500, total: 1000 } },
      { ...background, status: 'completed', progress: { processed: 1000, total: 1000 }, counts: { ...background.counts, inserted: 1000 } },
    ];
    signedInAsEditor({
      'POST /api/v1/population/imports': (request) =>
        new URL(request.url).searchParams.get('dryRun') === 'true' ? { body: run() } : { status: 202, body: background },
      [`GET /api/v1/imports/${background.id}`]: () => ({ body: polls.length > 1 ? polls.shift() : polls[0] }),
    });
    renderWithApp(<DataPage />, { path: '/data' });
    await chooseAndCheck();
    await userEvent.click(await screen.findByRole('button', { name: 'Importer' }));

    const progress = await screen.findByTestId('import-progress');
    expect(screen.getByTestId('upload-status')).toHaveTextContent('Importen av befolkning.csv pågår …');
    await waitFor(() => expect(progress).toHaveTextContent('500 av 1 000 verdier behandlet'));
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('value', '500');

    const result = await screen.findByTestId('import-result', {}, { timeout: 4000 });
    expect(result).toHaveTextContent('Nye: 1 000');
    expect(screen.queryByTestId('import-progress')).not.toBeInTheDocument();
  });
});

describe('DataPage: history', () => {
  it('shows runs of every kind with dry runs marked, and filters by status', async () => {
    const requests = signedInAsEditor({
      'GET /api/v1/imports': page([
        run(),
        run({ id: 'b', kind: 'jobs', status: 'rejected', dryRun: false, source: '07979' }),
        run({
          id: 'c',
          kind: 'job-feed',
          dryRun: false,
          counts: { inserted: 2, updated: 0, unchanged: 5, rejected: 0, flagged: 0, withdrawn: 3 },
        }),
      ]),
    });
    renderWithApp(<DataPage />, { path: '/data' });
    const history = await screen.findByTestId('import-runs');
    const [header, first, second, third] = within(history).getAllByRole('row');
    expect(header).toHaveTextContent('Trukket tilbake');
    const withdrawn = (row: HTMLElement) => within(row).getAllByRole('cell').at(-1);
    expect(withdrawn(third!)).toHaveTextContent('3');
    expect(withdrawn(first!)).toHaveTextContent('0');
    expect(first).toHaveTextContent('Befolkning');
    expect(first).toHaveTextContent('Prøvekjøring');
    expect(first).toHaveTextContent('Fullført');
    expect(second).toHaveTextContent('jobs');
    expect(second).toHaveTextContent('Avvist');
    expect(second).not.toHaveTextContent('Prøvekjøring');

    await userEvent.selectOptions(within(screen.getByRole('region', { name: 'Importhistorikk' })).getByLabelText('Status'), 'rejected');
    await waitFor(() => {
      const last = requests.filter((request) => new URL(request.url).pathname === '/api/v1/imports').at(-1)!;
      expect(new URL(last.url).searchParams.get('status')).toBe('rejected');
    });
  });

  it('says so when there is nothing', async () => {
    signedInAsEditor();
    renderWithApp(<DataPage />, { path: '/data' });
    expect(await screen.findByText('Ingen importer passer filteret.')).toBeInTheDocument();
    expect(await screen.findByText('Ingen verdier venter på kontroll.')).toBeInTheDocument();
  });

  it('shows a failed list as a translated error with a retry', async () => {
    signedInAsEditor({ 'GET /api/v1/imports': problem(503, 'unavailable') });
    renderWithApp(<DataPage />, { path: '/data' });
    const region = screen.getByRole('region', { name: 'Importhistorikk' });
    expect(await within(region).findByRole('alert')).toHaveTextContent('Tjenesten er midlertidig utilgjengelig.');
    expect(within(region).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });
});

describe('DataPage: flags', () => {
  const acceptLabel = 'Godta Folketall for Kongsberg (3303), 01.01.2024';

  it('lists open flags in words and asks for them by status', async () => {
    const requests = signedInAsEditor({ 'GET /api/v1/population/flags': page([flag]) });
    renderWithApp(<DataPage />, { path: '/data' });
    const row = within(await screen.findByTestId('flags-table')).getByRole('row', { name: /Kongsberg/ });
    for (const text of [
      'Kongsberg (3303)',
      'Kommunens korrigerte tall',
      '01.01.2024',
      'Folketall',
      '28 512',
      'Usannsynlig endring',
      'Åpen',
    ]) {
      expect(row).toHaveTextContent(text);
    }
    const flagRequest = requests.find((request) => request.url.includes('/population/flags'))!;
    expect(new URL(flagRequest.url).searchParams.get('status')).toBe('open');
  });

  it('accepts a flag with a required comment, then refreshes the list', async () => {
    let resolved = false;
    const requests = signedInAsEditor({
      'GET /api/v1/population/flags': () => page(resolved ? [] : [flag]),
      [`POST /api/v1/population/flags/${flag.id}/accept`]: () => {
        resolved = true;
        return { body: { ...flag, status: 'accepted', comment: 'Confirmed' } };
      },
    });
    renderWithApp(<DataPage />, { path: '/data' });
    await userEvent.click(await screen.findByRole('button', { name: acceptLabel }));
    const dialog = screen.getByRole('dialog', { name: acceptLabel });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Godta' }));
    expect(within(dialog).getByText('Skriv en kommentar.')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('Kommentar', { exact: false }), 'Grenseendring bekreftet av SSB');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Godta' }));
    expect(await screen.findByText('Verdien er godtatt.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Ingen verdier venter på kontroll.')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ comment: 'Grenseendring bekreftet av SSB' });
  });

  it('corrects a flag with a new value and a comment', async () => {
    const requests = signedInAsEditor({
      'GET /api/v1/population/flags': page([flag]),
      [`POST /api/v1/population/flags/${flag.id}/correct`]: { body: { ...flag, status: 'corrected', value: 28450 } },
    });
    renderWithApp(<DataPage />, { path: '/data' });
    await userEvent.click(await screen.findByRole('button', { name: 'Rett Folketall for Kongsberg (3303), 01.01.2024' }));
    const dialog = screen.getByRole('dialog');
    const value = within(dialog).getByLabelText('Ny verdi', { exact: false });
    expect(value).toHaveValue('28512');
    await userEvent.clear(value);
    await userEvent.type(value, 'abc');
    await userEvent.type(within(dialog).getByLabelText('Kommentar', { exact: false }), 'Skrivefeil i filen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rett' }));
    expect(within(dialog).getByText('Skriv et helt tall.')).toBeInTheDocument();

    await userEvent.clear(value);
    await userEvent.type(value, '28450');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rett' }));
    expect(await screen.findByText('Verdien er rettet.')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ value: 28450, comment: 'Skrivefeil i filen' });
  });

  it('explains a 409: someone else resolved the flag first', async () => {
    const requests = signedInAsEditor({
      'GET /api/v1/population/flags': page([flag]),
      [`POST /api/v1/population/flags/${flag.id}/accept`]: problem(409, 'conflict', [
        { field: 'id', code: 'already-resolved', message: 'The flag was already accepted by editor.' },
      ]),
    });
    renderWithApp(<DataPage />, { path: '/data' });
    await userEvent.click(await screen.findByRole('button', { name: acceptLabel }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Kommentar', { exact: false }), 'OK');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Godta' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Noen andre har allerede behandlet dette flagget.');
    // The list is read again after the conflict.
    await waitFor(() => expect(requests.filter((request) => request.url.includes('/population/flags?')).length).toBeGreaterThan(1));
  });
});

describe('menu', () => {
  const menuFor = async (roles: string[]) => {
    tokenStore.set(fakeToken({ sub: 'someone', groups: roles }));
    mockApi({
      'GET /api/v1/auth/me': {
        body: { username: 'someone', displayName: 'Some One', roles, partnerId: null, passwordChangeRequired: false },
      },
    });
    renderWithApp(<Layout />, { path: '/' });
    await screen.findByTestId('signed-in-user');
    return within(screen.getByRole('navigation', { name: 'Hovedmeny' }))
      .getAllByRole('link')
      .map((link) => link.textContent);
  };

  it('offers the data page to editors', async () => {
    expect(await menuFor(['editor'])).toEqual([
      'Oversikt',
      'Befolkning',
      'Arbeidsplasser og næringsliv',
      'Bostedsattraktivitet',
      'Mål og KPI-er',
      'Handlingsplan',
      'Arrangementer',
      'Kampanjer',
      'Stillinger',
      'Partnere',
      'Finansiering',
      'Rapporter',
      'Data',
      'Widgeter',
      'Min konto',
    ]);
  });

  it('does not offer the data page to viewers', async () => {
    expect(await menuFor(['viewer'])).toEqual([
      'Oversikt',
      'Befolkning',
      'Arbeidsplasser og næringsliv',
      'Bostedsattraktivitet',
      'Mål og KPI-er',
      'Handlingsplan',
      'Arrangementer',
      'Kampanjer',
      'Stillinger',
      'Partnere',
      'Finansiering',
      'Rapporter',
      'Min konto',
    ]);
  });
});
