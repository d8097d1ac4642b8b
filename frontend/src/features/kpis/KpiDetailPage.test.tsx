import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { kpi, rankKpi, staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import type { KpiValue } from './api';
import { KpiDetailPage } from './KpiDetailPage';

const value2025: KpiValue = {
  period: '2025',
  value: 12,
  target: 10,
  status: 'at-risk',
  missPercent: 20,
  trend: null,
  source: 'manual',
  comment: 'Kommunal Rapport 2025',
  evidenceUrl: 'https://kommunal-rapport.no/2025',
  enteredBy: 'Erik Editor',
  updatedAt: '2025-06-01T10:00:00Z',
  version: 3,
};
const value2026: KpiValue = { ...value2025, period: '2026', value: 8, status: 'on-track', missPercent: 0, trend: 'down', version: 2 };
const manual = rankKpi();

function setUp(roles: string[], handlers: Parameters<typeof mockApi>[0] = {}, subject = manual) {
  tokenStore.set(fakeToken({ sub: roles[0] }));
  return mockApi({
    'GET /api/v1/auth/me': { body: staffUser(roles) },
    [`GET /api/v1/kpis/${subject.key}`]: { body: subject, headers: { ETag: '"4"' } },
    [`GET /api/v1/kpis/${subject.key}/values`]: { body: { key: subject.key, items: subject === manual ? [value2025, value2026] : [] } },
    ...handlers,
  });
}

const render = (key = manual.key) => renderWithApp(<KpiDetailPage />, { path: `/kpis/${key}`, routePath: '/kpis/:key' });

describe('KpiDetailPage', () => {
  it('shows the definition, the history as a table and the targets read-only to a viewer', async () => {
    setUp(['viewer']);
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommunebarometeret' })).toBeInTheDocument();
    const definition = screen.getByTestId('kpi-definition');
    expect(definition).toHaveTextContent('kommunebarometer-rank');
    expect(definition).toHaveTextContent('Lavere er bedre');
    expect(definition).toHaveTextContent('Registreres for hånd');
    expect(screen.getByTestId('kpi-current-status')).toHaveTextContent(/I rute.*Mål: nr\. 10/);

    const history = await screen.findByTestId('kpi-history');
    const row = within(history).getByRole('row', { name: /^2025/ });
    expect(row).toHaveTextContent('nr. 12');
    expect(row).toHaveTextContent('I faresonen');
    expect(row).toHaveTextContent('Kommunal Rapport 2025');
    expect(within(row).getByRole('link', { name: 'Kilde for 2025' })).toHaveAttribute('href', 'https://kommunal-rapport.no/2025');
    expect(within(history).getByRole('row', { name: /^2026/ })).toHaveTextContent('Ned');

    expect(within(screen.getByTestId('kpi-targets')).getByRole('row', { name: /^2030/ })).toHaveTextContent('nr. 10');
    expect(screen.queryByRole('button', { name: 'Registrer verdi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lagre målene' })).not.toBeInTheDocument();
    expect(definition).toHaveTextContent('Ja, vises på den offentlige oversikten');
    expect(screen.queryByRole('button', { name: 'Endre definisjon' })).not.toBeInTheDocument();
  });

  it('offers no value entry for a computed KPI, and says it is computed', async () => {
    setUp(['editor'], {}, kpi());
    render('net-in-migration');
    expect(await screen.findByTestId('kpi-source-note')).toHaveTextContent('beregnes automatisk');
    expect(await screen.findByText('Det finnes ingen verdier ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrer verdi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Endre definisjon' })).not.toBeInTheDocument();
  });

  it('lets an editor enter a value: the comment is required, and the server’s field errors show at the fields', async () => {
    const requests = setUp(['editor'], {
      'POST /api/v1/kpis/kommunebarometer-rank/values': problem(400, 'validation', [
        { field: 'evidenceUrl', code: 'malformed', message: 'not a URL' },
      ]),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Registrer verdi' }));
    const dialog = screen.getByRole('dialog');
    const year = within(dialog).getByRole('textbox', { name: 'År' });
    await userEvent.clear(year);
    await userEvent.type(year, '2024');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Verdi' }), '9');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre verdien' }));
    expect(within(dialog).getByRole('textbox', { name: 'Kommentar' })).toHaveAccessibleDescription(/må fylles ut/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Kommentar' }), 'Fra rapporten');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Lenke til kilden/ }), 'kommunal-rapport');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre verdien' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /Lenke til kilden/ })).toHaveAccessibleDescription(/har feil format/),
    );
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ period: '2024', value: 9, comment: 'Fra rapporten', evidenceUrl: 'kommunal-rapport' });
  });

  it('says at the year when the year has a value already (409, as the backend answers it)', async () => {
    setUp(['editor'], {
      'POST /api/v1/kpis/kommunebarometer-rank/values': problem(409, 'conflict', [
        { field: 'period', code: 'period-has-value', message: 'The KPI has a value for 2025 already; change it instead.' },
      ]),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Registrer verdi' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Verdi' }), '7');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Kommentar' }), 'Fra rapporten');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre verdien' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dette finnes allerede.');
    expect(within(dialog).getByRole('textbox', { name: 'År' })).toHaveAccessibleDescription(/har allerede en verdi/);
  });

  it('changes a value with its version in If-Match, and deletes one after asking', async () => {
    const requests = setUp(['editor'], {
      'PUT /api/v1/kpis/kommunebarometer-rank/values/2025': { body: { ...value2025, value: 11, version: 4 } },
      'DELETE /api/v1/kpis/kommunebarometer-rank/values/2026': { status: 204 },
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Endre verdien for 2025' }));
    let dialog = screen.getByRole('dialog');
    const field = within(dialog).getByRole('textbox', { name: 'Verdi' });
    expect(field).toHaveValue('12');
    await userEvent.clear(field);
    await userEvent.type(field, '11,5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre verdien' }));
    expect(await screen.findByText('Verdien for 2025 er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ value: 11.5, comment: 'Kommunal Rapport 2025', evidenceUrl: 'https://kommunal-rapport.no/2025' });

    await userEvent.click(screen.getByRole('button', { name: 'Slett verdien for 2026' }));
    dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slett verdien' }));
    expect(await screen.findByText('Verdien for 2026 er slettet.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'DELETE')!.headers.get('If-Match')).toBe('"2"');
  });

  it('gives an admin the targets editor', async () => {
    setUp(['admin']);
    render();
    expect(await screen.findByRole('button', { name: 'Lagre målene' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '2026' })).toHaveValue('10');
  });

  it('lets an admin change the definition with the KPI’s ETag in If-Match, and says it is saved', async () => {
    const changed = {
      ...manual,
      name: { nb: 'Kommunebarometeret (KR)', en: 'Municipal barometer' },
      focusArea: 'retail' as const,
      public: false,
    };
    const requests = setUp(['admin'], {
      'PUT /api/v1/kpis/kommunebarometer-rank': { body: changed, headers: { ETag: '"5"' } },
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Endre definisjon' }));
    const dialog = screen.getByRole('dialog');
    const name = await within(dialog).findByRole('textbox', { name: 'Navn (bokmål)' });
    expect(name).toHaveValue('Kommunebarometeret');
    await userEvent.type(name, ' (KR)');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Fokusområde' }), 'retail');
    expect(within(dialog).getByRole('combobox', { name: 'Enhet' })).toBeEnabled();
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'År' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre definisjonen' }));
    expect(within(dialog).getByRole('textbox', { name: 'År' })).toHaveAccessibleDescription(/både år og verdi/);
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'År' }), '2020');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Vis på kommunens nettside/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre definisjonen' }));
    expect(await screen.findByText('Definisjonen av Kommunebarometeret (KR) er lagret.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('kpi-definition')).toHaveTextContent('Nei, bare for innloggede');
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toEqual({
      name: { nb: 'Kommunebarometeret (KR)', en: 'Municipal barometer' },
      description: manual.description,
      focusArea: 'retail',
      unit: 'rank',
      direction: 'lower-is-better',
      baseline: { year: 2020, value: 212 },
      public: false,
    });
  });

  it('shows the server’s field error at its field, and says so when the KPI changed meanwhile (412)', async () => {
    let answer = problem(400, 'validation', [{ field: 'name.nb', code: 'too-long', message: 'at most 200 characters' }]);
    setUp(['admin'], { 'PUT /api/v1/kpis/kommunebarometer-rank': () => answer });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Endre definisjon' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Lagre definisjonen' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Navn (bokmål)' })).toHaveAccessibleDescription(/er for lang/));

    answer = problem(412, 'stale');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre definisjonen' }));
    expect(await within(dialog).findByText(/Noen andre har endret denne KPI-en etter at du åpnet skjemaet/)).toBeInTheDocument();
  });

  it('shows a computed KPI’s unit and direction to an admin without letting them change', async () => {
    setUp(['admin'], {}, kpi());
    render('net-in-migration');
    await userEvent.click(await screen.findByRole('button', { name: 'Endre definisjon' }));
    const dialog = screen.getByRole('dialog');
    const unit = await within(dialog).findByRole('combobox', { name: 'Enhet' });
    expect(unit).toBeDisabled();
    expect(unit).toHaveAccessibleDescription(/bestemt av formelen/);
    expect(within(dialog).getByRole('combobox', { name: 'Retning' })).toBeDisabled();
    expect(within(dialog).getByRole('combobox', { name: 'Fokusområde' })).toBeEnabled();
  });
});
