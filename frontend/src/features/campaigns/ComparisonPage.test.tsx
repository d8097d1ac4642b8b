import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { ComparisonPage } from './ComparisonPage';
import { campaign, totals } from './fixtures';

const item = (name: string, overrides: Partial<ReturnType<typeof totals>> = {}) => {
  const { id, slug, status, budgetNok, spendNok } = campaign({ id: `id-${name}`, slug: name.toLowerCase() });
  return { id, name, slug, status, budgetNok, spendNok, totals: totals(overrides) };
};

describe('ComparisonPage', () => {
  it('compares the year’s campaigns in a table beside the chart, "–" where a rate has no divisor, and follows the chosen year', async () => {
    tokenStore.set(fakeToken({ sub: 'viewer' }));
    const requests = mockApi({
      'GET /api/v1/auth/me': { body: staffUser(['viewer']) },
      'GET /api/v1/campaigns/comparison': (request) => {
        const year = Number(new URL(request.url).searchParams.get('year'));
        return { body: { year, items: year === 2026 ? [item('Velkommen'), item('Sommer', { leads: 0, costPerLead: null })] : [] } };
      },
    });
    const { router } = renderWithApp(<ComparisonPage />, { path: '/campaigns/comparison/2026', routePath: '/campaigns/comparison/:year' });
    const table = await screen.findByTestId('campaign-comparison');
    expect(within(table).getByRole('row', { name: /Velkommen/ })).toHaveTextContent(
      /80\s000.*1\s800.*60.*600\s000\skr.*95\s000\skr.*2,00\s%.*250\skr/,
    );
    expect(within(table).getByRole('row', { name: /Sommer/ })).toHaveTextContent(/–mangler$/);
    expect(screen.getByRole('button', { name: 'Kostnad per lead', pressed: true })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rekkevidde' }));
    expect(screen.getByRole('button', { name: 'Rekkevidde', pressed: true })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('År'), '2025');
    await waitFor(() => expect(router.state.location.pathname).toBe('/campaigns/comparison/2025'));
    expect(await screen.findByText('Ingen kampanjer gikk i 2025.')).toBeInTheDocument();
    expect(requests.map((request) => new URL(request.url).searchParams.get('year')).filter(Boolean)).toEqual(['2026', '2025']);
  });
});
