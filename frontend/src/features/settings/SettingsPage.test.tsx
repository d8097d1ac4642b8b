import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { kpi, staffUser, targets } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { SettingsPage } from './SettingsPage';

const settings = {
  programmeName: 'Vekst i Kongsberg',
  homeMunicipality: '3303',
  preferredPopulationVariant: 'corrected',
  programmeStartYear: 2019,
  updatedAt: '2026-11-23T10:00:00Z',
};

const growth = kpi({
  key: 'population-growth',
  name: { nb: 'Befolkningsvekst', en: 'Population growth' },
  unit: 'percent',
  formula: 'population-growth-percent',
  targets: targets(1),
});
const migration = kpi();

function setUp(handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: 'admin' }));
  return mockApi({
    'GET /api/v1/auth/me': { body: staffUser(['admin']) },
    'GET /api/v1/settings': { body: settings, headers: { ETag: '"s1"' } },
    'GET /api/v1/municipalities/3303': { body: { code: '3303', name: 'Kongsberg', countyCode: '33', county: 'Buskerud', codes: [] } },
    'GET /api/v1/kpis': { body: { items: [growth, migration], page: 0, size: 500, total: 2 } },
    'GET /api/v1/kpis/population-growth': { body: growth, headers: { ETag: '"k1"' } },
    'GET /api/v1/kpis/net-in-migration': { body: migration, headers: { ETag: '"k7"' } },
    ...handlers,
  });
}

describe('SettingsPage', () => {
  it('saves the settings with the ETag of the last read, without targets', async () => {
    const requests = setUp({ 'PUT /api/v1/settings': { body: { ...settings, programmeName: 'Vekst' }, headers: { ETag: '"s2"' } } });
    renderWithApp(<SettingsPage />, { path: '/settings' });
    const name = await screen.findByLabelText('Programmets navn');
    expect(await screen.findByText(/\(Kongsberg\)/)).toBeInTheDocument();
    await userEvent.clear(name);
    await userEvent.type(name, 'Vekst');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    expect(await screen.findByText('Innstillingene er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"s1"');
    const body = await put.json();
    expect(body).toEqual({
      programmeName: 'Vekst',
      homeMunicipality: '3303',
      preferredPopulationVariant: 'corrected',
      programmeStartYear: 2019,
    });
  });

  it('explains a 412: someone else saved first', async () => {
    setUp({ 'PUT /api/v1/settings': problem(412, 'stale') });
    renderWithApp(<SettingsPage />, { path: '/settings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Lagre innstillingene' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Noen andre har endret innstillingene');
    expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeInTheDocument();
  });

  it('edits a KPI’s yearly targets with the KPI’s ETag, accepting decimal commas; an empty year removes its target', async () => {
    const requests = setUp({
      'PUT /api/v1/kpis/population-growth/targets': {
        body: { ...growth, targets: targets(1, { 2026: 1.5, 2030: null }) },
        headers: { ETag: '"k2"' },
      },
    });
    renderWithApp(<SettingsPage />, { path: '/settings' });
    const form = await screen.findByTestId('kpi-targets-form');
    expect(within(form).getByRole('group', { name: /^Mål per år for Befolkningsvekst/ })).toBeInTheDocument();
    const year2026 = within(form).getByRole('textbox', { name: '2026' });
    expect(year2026).toHaveValue('1');
    await userEvent.clear(year2026);
    await userEvent.type(year2026, '1,5');
    await userEvent.clear(within(form).getByRole('textbox', { name: '2030' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre målene' }));
    expect(await screen.findByText('Målene for Befolkningsvekst er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"k1"');
    const { targets: sent } = await put.json();
    expect(sent).toHaveLength(12);
    expect(sent).toContainEqual({ year: 2026, value: 1.5 });
    expect(sent).toContainEqual({ year: 2030, value: null });
    expect(sent).toContainEqual({ year: 2019, value: 1 });
  });

  it('switches to another KPI’s targets, and says so when its targets changed meanwhile (412)', async () => {
    setUp({ 'PUT /api/v1/kpis/net-in-migration/targets': problem(412, 'stale') });
    renderWithApp(<SettingsPage />, { path: '/settings' });
    await screen.findByTestId('kpi-targets-form');
    await userEvent.selectOptions(screen.getByLabelText('KPI'), 'net-in-migration');
    const form = await screen.findByRole('group', { name: /^Mål per år for Netto innflytting/ });
    expect(within(form).getByRole('textbox', { name: '2025' })).toHaveValue('350');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre målene' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Noen andre har endret denne KPI-en');
  });

  it('shows the server’s error for one year’s target at that year’s field', async () => {
    setUp({
      'PUT /api/v1/kpis/population-growth/targets': problem(400, 'validation', [
        { field: 'targets[7].value', code: 'out-of-range', message: 'too big' },
      ]),
    });
    renderWithApp(<SettingsPage />, { path: '/settings' });
    const form = await screen.findByTestId('kpi-targets-form');
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre målene' }));
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: '2026' })).toHaveAccessibleDescription(/er utenfor tillatt område/),
    );
    expect(within(form).getByRole('textbox', { name: '2025' })).not.toHaveAccessibleDescription(/er utenfor tillatt område/);
  });

  it('refuses a target that is not a number, at the field, without sending', async () => {
    const requests = setUp();
    renderWithApp(<SettingsPage />, { path: '/settings' });
    const form = await screen.findByTestId('kpi-targets-form');
    await userEvent.type(within(form).getByRole('textbox', { name: '2027' }), 'x');
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre målene' }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: '2027' })).toHaveAccessibleDescription(/Skriv et tall/));
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
  });
});
