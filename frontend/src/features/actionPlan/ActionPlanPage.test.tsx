import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { kpi, staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import type { Activity, ActivityPage } from './api';
import { ActionPlanPage } from './ActionPlanPage';

function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a',
    year: 2026,
    title: 'Technology Summit 2026',
    description: 'Planlegge og gjennomføre Technology Summit.',
    axis: 'growth-activity',
    focusArea: 'industry',
    owner: 'Kongsberg Næringsforum',
    dueDate: '2026-10-15',
    status: 'in-progress',
    late: false,
    kpiKeys: ['net-in-migration'],
    copiedFrom: null,
    version: 1,
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
    ...overrides,
  };
}

const summit = activity();
const boligdag = activity({
  id: 'a2e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5b',
  title: 'Boligdag',
  axis: 'communication',
  focusArea: 'residents',
  owner: null,
  dueDate: '2026-04-01',
  status: 'planned',
  late: true,
  kpiKeys: [],
});
const page: ActivityPage = {
  items: [boligdag, summit],
  page: 0,
  size: 500,
  total: 2,
  counts: { planned: 1, 'in-progress': 1, done: 0, postponed: 0, cancelled: 0, late: 1 },
};

function setUp(roles: string[], handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: roles[0] }));
  return mockApi({
    'GET /api/v1/auth/me': { body: staffUser(roles) },
    'GET /api/v1/action-plan/2026/activities': { body: page },
    'GET /api/v1/kpis': { body: { items: [kpi()], page: 0, size: 500, total: 1 } },
    ...handlers,
  });
}

const render = () => renderWithApp(<ActionPlanPage />, { path: '/action-plan/2026', routePath: '/action-plan/:year' });
const lastQuery = (requests: Request[]) =>
  new URL(requests.filter((r) => new URL(r.url).pathname === '/api/v1/action-plan/2026/activities' && r.method === 'GET').at(-1)!.url)
    .searchParams;

describe('ActionPlanPage', () => {
  it('shows the board by focus area and status, with counts and late items marked in words', async () => {
    setUp(['viewer'], { [`GET /api/v1/action-plan/2026/activities/${summit.id}`]: { body: summit, headers: { ETag: '"1"' } } });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Handlingsplan 2026' })).toBeInTheDocument();
    const counts = await screen.findByTestId('activity-counts');
    expect(counts).toHaveTextContent('Planlagt1');
    expect(counts).toHaveTextContent('Forsinket1');
    const residents = screen.getByRole('region', { name: 'Innbyggere' });
    const planned = within(residents).getByRole('heading', { level: 3, name: 'Planlagt (1)' }).parentElement!;
    expect(planned).toHaveTextContent('Boligdag');
    expect(planned).toHaveTextContent('Forsinket');
    expect(
      within(screen.getByRole('region', { name: 'Industri' })).getByRole('heading', { level: 3, name: 'Pågår (1)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny aktivitet' })).not.toBeInTheDocument();

    // A viewer opens a card to read it, with nothing to change.
    await userEvent.click(screen.getByRole('button', { name: /Technology Summit 2026/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Technology Summit 2026' });
    expect(await within(dialog).findByText('Planlegge og gjennomføre Technology Summit.')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Netto innflytting');
    expect(within(dialog).queryByRole('button', { name: 'Lagre' })).not.toBeInTheDocument();
  });

  it('sends the filters, and shows a sortable list', async () => {
    const requests = setUp(['viewer']);
    render();
    await screen.findByTestId('activity-board');
    await userEvent.selectOptions(screen.getByLabelText('Akse'), 'communication');
    await userEvent.selectOptions(screen.getByLabelText('Fokusområde'), 'residents');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'planned');
    await userEvent.selectOptions(screen.getByLabelText('Frist'), 'true');
    await waitFor(() =>
      expect(Object.fromEntries(lastQuery(requests))).toMatchObject({
        axis: 'communication',
        focusArea: 'residents',
        status: 'planned',
        late: 'true',
        sort: 'dueDate',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Liste' }));
    expect(screen.getByRole('button', { name: 'Liste' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByTestId('activity-table');
    expect(within(table).getByRole('row', { name: /Technology Summit/ })).toHaveTextContent('Netto innflytting');
    expect(within(table).getByRole('row', { name: /Boligdag/ })).toHaveTextContent('Forsinket');
    await userEvent.click(within(table).getByRole('button', { name: 'Aktivitet' }));
    await waitFor(() => expect(lastQuery(requests).get('sort')).toBe('title'));
  });

  it('lets an editor open a card and change its status by keyboard, saving with the ETag', async () => {
    // Each read answers the version it finds; a read after the save must not take the form away.
    let reads = 0;
    const requests = setUp(['editor'], {
      [`GET /api/v1/action-plan/2026/activities/${summit.id}`]: () => ({ body: summit, headers: { ETag: `"${++reads}"` } }),
      [`PUT /api/v1/action-plan/2026/activities/${summit.id}`]: { body: { ...summit, status: 'done', version: 2 } },
    });
    render();
    const card = await screen.findByRole('button', { name: /Technology Summit 2026/ });
    card.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    const status = await within(dialog).findByRole('combobox', { name: 'Status' });
    await userEvent.selectOptions(status, 'done');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('«Technology Summit 2026» er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(await put.json()).toMatchObject({ status: 'done', title: 'Technology Summit 2026', kpiKeys: ['net-in-migration'] });
  });

  it('creates an activity with linked KPIs; the required fields are checked first', async () => {
    const requests = setUp(['editor'], { 'POST /api/v1/action-plan/2026/activities': { status: 201, body: activity({ title: 'Ny' }) } });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Ny aktivitet' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(within(dialog).getByRole('textbox', { name: 'Tittel' })).toHaveAccessibleDescription(/må fylles ut/);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Tittel' }), 'Ny');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Akse' }), 'communication');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Fokusområde' }), 'tourism');
    await userEvent.type(within(dialog).getByLabelText('Frist'), '2026-05-01');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Netto innflytting' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('«Ny» er lagt til.')).toBeInTheDocument();
    expect(await requests.find((request) => request.method === 'POST')!.json()).toEqual({
      title: 'Ny',
      description: null,
      axis: 'communication',
      focusArea: 'tourism',
      owner: null,
      dueDate: '2026-05-01',
      status: 'planned',
      kpiKeys: ['net-in-migration'],
    });
  });

  it('deletes an activity after asking, and says when it was changed meanwhile', async () => {
    const requests = setUp(['editor'], {
      [`GET /api/v1/action-plan/2026/activities/${boligdag.id}`]: { body: boligdag, headers: { ETag: '"5"' } },
      [`DELETE /api/v1/action-plan/2026/activities/${boligdag.id}`]: problem(412, 'stale'),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: /Boligdag/ }));
    await userEvent.click(await within(screen.getByRole('dialog')).findByRole('button', { name: 'Slett aktiviteten' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Slett' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent('Noen andre har endret dette');
    expect(requests.find((request) => request.method === 'DELETE')!.headers.get('If-Match')).toBe('"5"');
  });

  it('copies the unfinished activities to next year after asking, and says what was copied', async () => {
    setUp(['editor'], {
      'POST /api/v1/action-plan/2026/copy-unfinished': { body: { fromYear: 2026, toYear: 2027, copied: 2, alreadyCopied: 1, items: [] } },
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Kopier uferdige til 2027' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Aktiviteter som alt er kopiert, kopieres ikke igjen.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kopier' }));
    expect(await within(dialog).findByTestId('copy-result')).toHaveTextContent('Kopierte 2 aktiviteter til 2027. 1 var kopiert fra før.');
    expect(within(dialog).getByRole('link', { name: 'Gå til handlingsplanen for 2027' })).toHaveAttribute('href', '/action-plan/2027');
  });
});
