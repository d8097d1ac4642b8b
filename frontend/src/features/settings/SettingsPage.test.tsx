import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { SettingsPage } from './SettingsPage';

const settings = {
  programmeName: 'Vekst i Kongsberg',
  homeMunicipality: '3303',
  preferredPopulationVariant: 'corrected',
  programmeStartYear: 2019,
  targets: { growthPercent: 1.0, netInMigration: 350, turnoverNok: 3000000 },
  updatedAt: '2026-11-23T10:00:00Z',
};

function setUp(put: Parameters<typeof mockApi>[0][string]) {
  tokenStore.set(fakeToken({ sub: 'admin' }));
  return mockApi({
    'GET /api/v1/auth/me': {
      body: { username: 'admin', displayName: 'Ada', roles: ['admin'], partnerId: null, passwordChangeRequired: false },
    },
    'GET /api/v1/settings': { body: settings, headers: { ETag: '"s1"' } },
    'GET /api/v1/municipalities/3303': { body: { code: '3303', name: 'Kongsberg', countyCode: '33', county: 'Buskerud', codes: [] } },
    'PUT /api/v1/settings': put,
  });
}

describe('SettingsPage', () => {
  it('saves with the ETag of the last read and accepts decimal commas', async () => {
    const requests = setUp({ body: { ...settings, targets: { ...settings.targets, growthPercent: 1.5 } }, headers: { ETag: '"s2"' } });
    renderWithApp(<SettingsPage />, { path: '/settings' });
    const growth = await screen.findByLabelText('Befolkningsvekst (prosent)');
    expect(await screen.findByText(/\(Kongsberg\)/)).toBeInTheDocument();
    await userEvent.clear(growth);
    await userEvent.type(growth, '1,5');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    expect(await screen.findByText('Innstillingene er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"s1"');
    expect((await put.json()).targets).toEqual({ growthPercent: 1.5, netInMigration: 350, turnoverNok: 3000000 });
  });

  it('explains a 412: someone else saved first', async () => {
    setUp(problem(412, 'stale'));
    renderWithApp(<SettingsPage />, { path: '/settings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Lagre innstillingene' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Noen andre har endret innstillingene');
    expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeInTheDocument();
  });
});
