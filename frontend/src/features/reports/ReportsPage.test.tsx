import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { draftReport, publishedList, versionOne } from './fixtures';
import { ReportsPage } from './ReportsPage';

const draftPath = '/api/v1/reports/tertial/2026-T2';
const commentary = {
  kpis: 'Befolkningsveksten er fortsatt under målet.',
  population: null,
  financing: null,
  campaigns: null,
  actionPlan: null,
};

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:report');
  URL.revokeObjectURL = vi.fn();
  // jsdom cannot follow a download link; the saved blob is asserted instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

function setUp(roles: string[], handlers: Parameters<typeof mockApi>[0] = {}, path = '/reports?kind=tertial&period=2026-T2') {
  tokenStore.set(fakeToken({ sub: roles[0] }));
  const requests = mockApi({
    'GET /api/v1/auth/me': { body: staffUser(roles) },
    [`GET ${draftPath}`]: { body: draftReport(), headers: { ETag: '"4"' } },
    [`GET ${draftPath}/versions`]: { body: { kind: 'tertial', period: '2026-T2', items: [versionOne] } },
    'GET /api/v1/reports': { body: publishedList },
    ...handlers,
  });
  const app = renderWithApp(<ReportsPage />, { path, routePath: '/reports' });
  return { requests, ...app };
}

const draftReads = (requests: Request[]) =>
  requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === draftPath);

describe('ReportsPage', () => {
  it('shows an editor the draft: the KPI table with a changed status in words, and the other sections', async () => {
    const { requests } = setUp(['editor']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapporter' })).toBeInTheDocument();
    const table = await screen.findByTestId('report-kpi-table');
    expect(within(table).getByText(/sammenlignet med 2026-T1/)).toBeInTheDocument();
    const growth = within(table).getByRole('row', { name: /Befolkningsvekst/ });
    expect(growth).toHaveTextContent(/0,60\s%\s\(2025\)/);
    expect(growth).toHaveTextContent('Ikke i rute');
    expect(growth).toHaveTextContent('I faresonen');
    expect(growth).toHaveTextContent('Opp');
    expect(within(growth).getByTestId('status-changed')).toHaveTextContent('Endret');
    const migration = within(table).getByRole('row', { name: /Netto innflytting/ });
    expect(within(migration).queryByTestId('status-changed')).not.toBeInTheDocument();
    expect(migration).toHaveTextContent('Uendret');

    expect(screen.getByTestId('report-population-figures')).toHaveTextContent(/28\s421 per 01\.07\.2026/);
    const jobs = screen.getByTestId('report-jobs-figures');
    expect(jobs).toHaveTextContent(/Arbeidsplasser 2025\s*17\s850/);
    expect(jobs).toHaveTextContent(/\+212 \(\+1,20\s%\)/);
    expect(jobs).toHaveTextContent('41 nye, 18 slettet (netto +23)');
    expect(screen.getByTestId('report-financing-figures')).toHaveTextContent(/3\s100\s000\skr av 4\s000\s000\skr \(78\s%\)/);
    expect(within(screen.getByTestId('report-campaigns-table')).getByRole('row', { name: /Velkommen hjem/ })).toHaveTextContent(
      /Økter: 4\s800 av 10\s000 \(48\s%\)/,
    );
    expect(screen.getByTestId('report-late-items')).toHaveTextContent('Ny nettside for tilflyttere');
    expect(screen.getByTestId('report-events')).toHaveTextContent('Boligdag 2026');
    expect(screen.getByRole('textbox', { name: 'Kommentar til Mål og KPI-er' })).toHaveValue(commentary.kpis);
    expect(screen.getByRole('textbox', { name: 'Kommentar til Befolkning' })).toHaveAccessibleDescription(/0 av 5\s000 tegn/);
    expect(new URL(draftReads(requests)[0]!.url).searchParams.get('format')).toBe('json');
  });

  it('saves the commentary with If-Match and the five texts, an empty one as null', async () => {
    const { requests } = setUp(['editor'], {
      [`PUT ${draftPath}/commentary`]: {
        body: {
          commentary: { ...commentary, financing: 'Fire nye partnere har signert.' },
          version: 5,
          updatedAt: '2026-09-10T12:00:00Z',
          updatedBy: 'Ada Admin',
        },
        headers: { ETag: '"5"' },
      },
    });
    const financing = await screen.findByRole('textbox', { name: 'Kommentar til Finansiering' });
    await userEvent.type(financing, 'Fire nye partnere har signert.');
    expect(screen.getByTestId('commentary-state')).toHaveTextContent('ikke er lagret');
    expect(financing).toHaveAccessibleDescription(/30 av 5\s000 tegn/);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre kommentarene' }));
    await waitFor(() => expect(screen.getByTestId('commentary-state')).toHaveTextContent(/lagret .* av Ada Admin/));
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toEqual({ ...commentary, financing: 'Fire nye partnere har signert.' });
  });

  it('says when someone else changed the commentary (412), and reloads it on request', async () => {
    let reads = 0;
    const { requests } = setUp(['editor'], {
      [`GET ${draftPath}`]: () => {
        reads += 1;
        return reads === 1
          ? { body: draftReport(), headers: { ETag: '"4"' } }
          : { body: draftReport({ commentary: { ...commentary, kpis: 'Skrevet av en annen.' } }), headers: { ETag: '"6"' } };
      },
      [`PUT ${draftPath}/commentary`]: problem(412, 'precondition-failed'),
    });
    const kpis = await screen.findByRole('textbox', { name: 'Kommentar til Mål og KPI-er' });
    await userEvent.type(kpis, ' Mitt tillegg.');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre kommentarene' }));
    expect(await screen.findByText(/Noen andre har endret kommentarene/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(kpis).toHaveValue('Skrevet av en annen.'));
    expect(screen.queryByText(/Noen andre har endret kommentarene/)).not.toBeInTheDocument();
    expect(draftReads(requests)).toHaveLength(2);
  });

  it('publishes with the draft’s ETag after confirming, warns of unsaved commentary, and links to the new version', async () => {
    const { requests } = setUp(['admin'], {
      [`POST ${draftPath}/versions`]: {
        status: 201,
        body: draftReport({ status: 'published', version: 2, publishedAt: '2026-09-15T08:30:00Z', publishedBy: 'Ada Admin' }),
      },
    });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Kommentar til Kampanjer' }), 'Ikke lagret');
    await userEvent.click(screen.getByRole('button', { name: 'Publiser …' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Publisere 2026-T2?');
    expect(dialog).toHaveTextContent('ikke er lagret');
    await waitFor(() => expect(dialog).toHaveTextContent('publisert som versjon 2'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publiser' }));
    expect(await screen.findByText('Versjon 2 er publisert.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se versjon 2' })).toHaveAttribute('href', '/reports?kind=tertial&period=2026-T2&version=2');
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"4"');
  });

  it('publishes with the ETag of the commentary just saved', async () => {
    const { requests } = setUp(['editor'], {
      [`PUT ${draftPath}/commentary`]: {
        body: { commentary: { ...commentary, campaigns: 'Bra.' }, version: 5, updatedAt: null, updatedBy: null },
        headers: { ETag: '"5"' },
      },
      [`POST ${draftPath}/versions`]: { status: 201, body: draftReport({ status: 'published', version: 2 }) },
    });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Kommentar til Kampanjer' }), 'Bra.');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre kommentarene' }));
    await waitFor(() => expect(screen.getByTestId('commentary-state')).toHaveTextContent('Kommentarene er lagret.'));
    await userEvent.click(screen.getByRole('button', { name: 'Publiser …' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).not.toHaveTextContent('ikke er lagret');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publiser' }));
    expect(await screen.findByText('Versjon 2 er publisert.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')!.headers.get('If-Match')).toBe('"5"');
  });

  it('shows why publishing was refused: a period not begun (409) with the server’s detail', async () => {
    setUp(['editor'], {
      [`POST ${draftPath}/versions`]: {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          code: 'period-not-started',
          detail: 'The period 2026-T2 begins on 2026-05-01.',
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Publiser …' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publiser' }));
    expect(await within(dialog).findByText(/Perioden har ikke begynt ennå/)).toBeInTheDocument();
    expect(within(dialog).getByTestId('publish-detail')).toHaveTextContent('The period 2026-T2 begins on 2026-05-01.');
  });

  it('shows a viewer the published versions and reports, never the draft or the edit controls', async () => {
    const { requests } = setUp(['viewer']);
    const versions = await screen.findByTestId('report-versions');
    const row = within(versions).getByRole('row', { name: /Versjon 1/ });
    expect(row).toHaveTextContent('Kari Nordmann');
    expect(within(row).getByRole('link', { name: 'Les versjon 1' })).toHaveAttribute(
      'href',
      '/reports?kind=tertial&period=2026-T2&version=1',
    );
    expect(within(row).getByRole('button', { name: 'Last ned versjon 1 som PDF' })).toBeInTheDocument();
    const published = await screen.findByTestId('published-reports');
    expect(within(published).getByRole('link', { name: '2. tertial 2026' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Utkast' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Publiser|Lagre/ })).not.toBeInTheDocument();
    expect(draftReads(requests)).toHaveLength(0);
  });

  it('opens on the current tertial when the address names none', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 3, 12));
    const { requests } = setUp(
      ['editor'],
      {
        'GET /api/v1/reports/tertial/2026-T3': { body: draftReport({ period: '2026-T3' }), headers: { ETag: '"0"' } },
        'GET /api/v1/reports/tertial/2026-T3/versions': { body: { kind: 'tertial', period: '2026-T3', items: [] } },
      },
      '/reports',
    );
    expect(await screen.findByTestId('report-period')).toHaveTextContent('Tertialrapport: 3. tertial 2026');
    await screen.findByTestId('report-kpi-table');
    expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/reports/tertial/2026-T3')).toBe(true);
  });

  it('keeps the chosen period in the address and asks for it', async () => {
    const { requests, router } = setUp(['editor'], {
      'GET /api/v1/reports/quarterly/2026-Q2': { body: draftReport({ kind: 'quarterly', period: '2026-Q2' }), headers: { ETag: '"0"' } },
      'GET /api/v1/reports/quarterly/2026-Q2/versions': { body: { kind: 'quarterly', period: '2026-Q2', items: [] } },
      'GET /api/v1/reports/quarterly/2026-Q3/versions': { body: { kind: 'quarterly', period: '2026-Q3', items: [] } },
      'GET /api/v1/reports/quarterly/2026-Q3': { body: draftReport({ kind: 'quarterly', period: '2026-Q3' }), headers: { ETag: '"0"' } },
    });
    await screen.findByTestId('report-kpi-table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rapport' }), 'quarterly');
    await waitFor(() => expect(router.state.location.search).toBe('?kind=quarterly&period=2026-Q2'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kvartal' }), '3');
    await waitFor(() => expect(router.state.location.search).toBe('?kind=quarterly&period=2026-Q3'));
    expect(await screen.findByText('Ingen versjoner er publisert for 3. kvartal 2026 ennå.')).toBeInTheDocument();
    await waitFor(() =>
      expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/reports/quarterly/2026-Q3')).toBe(true),
    );
    const list = requests.filter((request) => new URL(request.url).pathname === '/api/v1/reports').at(-1)!;
    expect(new URL(list.url).searchParams.get('kind')).toBe('quarterly');
  });

  it('downloads a published version’s PDF with the token, and the draft’s CSV', async () => {
    const { requests } = setUp(['editor'], {
      [`GET ${draftPath}/versions/1`]: {
        body: 'pdf',
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="rapport-v1.pdf"' },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Last ned versjon 1 som PDF' }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const pdf = requests.find((request) => new URL(request.url).pathname === `${draftPath}/versions/1`)!;
    expect(new URL(pdf.url).searchParams.get('format')).toBe('pdf');
    expect(pdf.headers.get('Authorization')).toMatch(/^Bearer /);

    await userEvent.click(screen.getByRole('button', { name: 'Last ned utkastet som CSV' }));
    await waitFor(() =>
      expect(draftReads(requests).some((request) => new URL(request.url).searchParams.get('format') === 'csv')).toBe(true),
    );
  });

  it('previews the draft as the server renders it in HTML', async () => {
    const { requests } = setUp(['editor'], {
      [`GET ${draftPath}`]: (request): { body: unknown; headers: Record<string, string> } =>
        new URL(request.url).searchParams.get('format') === 'html'
          ? { body: '<h1>Utkast</h1>', headers: { 'Content-Type': 'text/html' } }
          : { body: draftReport(), headers: { ETag: '"4"' } },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Forhåndsvis' }));
    const frame = await within(screen.getByRole('dialog')).findByTestId('report-preview');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('title', 'Forhåndsvisning: Vekst i Kongsberg – tertialrapport 2. tertial 2026');
    expect(frame.getAttribute('srcdoc')).toContain('<h1>Utkast</h1>');
    expect(draftReads(requests).some((request) => new URL(request.url).searchParams.get('format') === 'html')).toBe(true);
  });

  it('shows a version linked by its address in a sandboxed frame', async () => {
    setUp(
      ['viewer'],
      { [`GET ${draftPath}/versions/1`]: { body: '<h1>Versjon 1</h1>', headers: { 'Content-Type': 'text/html' } } },
      '/reports?kind=tertial&period=2026-T2&version=1',
    );
    const dialog = await screen.findByRole('dialog');
    const frame = await within(dialog).findByTestId('report-preview');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('title', '2. tertial 2026, versjon 1');
    expect(frame.getAttribute('srcdoc')).toContain('<h1>Versjon 1</h1>');
  });
});
