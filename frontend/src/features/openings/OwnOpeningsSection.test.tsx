import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { categories, feedOpening, futureDeadline, kongsbergregionen, opening } from './fixtures';
import { OwnOpeningsSection } from './OwnOpeningsSection';

const partnerId = 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b';
const own = opening({ source: 'partner' });
const ownFeed = { ...feedOpening, employer: own.employer };
const openingsPath = '/api/v1/jobs/openings';

function setUp(handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: 'partner' }));
  return mockApi({
    'GET /api/v1/auth/me': {
      body: { username: 'partner', displayName: 'Per Partner', roles: ['partner'], partnerId, passwordChangeRequired: false },
    },
    [`GET ${openingsPath}`]: { body: { items: [own, ownFeed], page: 0, size: 20, total: 2 } },
    [`GET ${openingsPath}/categories`]: { body: categories },
    'GET /api/v1/regions': { body: { items: [kongsbergregionen] } },
    ...handlers,
  });
}

describe('OwnOpeningsSection', () => {
  it('lists the partner’s own openings, with the feed’s read-only', async () => {
    setUp();
    renderWithApp(<OwnOpeningsSection />, { path: '/portal' });
    const table = await screen.findByTestId('own-openings-table');
    const row = within(table).getByRole('row', { name: /Maskinoperatør CNC/ });
    expect(row).toHaveTextContent('Publisert');
    expect(within(row).getByRole('button', { name: 'Endre «Maskinoperatør CNC»' })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Trekk tilbake «Maskinoperatør CNC»' })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Slett «Maskinoperatør CNC»' })).toBeInTheDocument();
    const feedRow = within(table).getByRole('row', { name: /Sykepleier/ });
    expect(feedRow).toHaveTextContent('Fra stillingsfeeden (kan ikke endres her)');
    expect(within(feedRow).queryByRole('button', { name: /Endre|Slett|Trekk tilbake/ })).not.toBeInTheDocument();
  });

  it('posts an opening for the partner’s own organisation, without asking for the employer', async () => {
    const requests = setUp({
      [`POST ${openingsPath}`]: {
        status: 201,
        body: opening({ id: 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a', title: 'Sveiser', source: 'partner' }),
      },
    });
    renderWithApp(<OwnOpeningsSection />, { path: '/portal' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny stilling' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Arbeidsgiver er din egen bedrift.')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Arbeidsgiverens navn')).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Stillingstittel'), 'Sveiser');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Kommune (arbeidssted)' }), 'Kongsberg');
    await userEvent.type(within(dialog).getByLabelText('Søknadsfrist'), futureDeadline);
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'published');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('«Sveiser» er lagt inn.')).toBeInTheDocument();
    const body = await requests.find((request) => request.method === 'POST')!.json();
    expect(body).toMatchObject({ title: 'Sveiser', municipality: '3303', applicationDeadline: futureDeadline, status: 'published' });
    expect(body).not.toHaveProperty('employer');
  });

  it('withdraws an opening with a fresh ETag, sending its own values back with the new status', async () => {
    const requests = setUp({
      [`GET ${openingsPath}/${own.id}`]: { body: own, headers: { ETag: '"7"' } },
      [`PUT ${openingsPath}/${own.id}`]: { body: { ...own, status: 'withdrawn' } },
    });
    renderWithApp(<OwnOpeningsSection />, { path: '/portal' });
    await userEvent.click(await screen.findByRole('button', { name: 'Trekk tilbake «Maskinoperatør CNC»' }));
    expect(await screen.findByText('«Maskinoperatør CNC» er trukket tilbake.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    const body = await put.json();
    expect(body).toMatchObject({
      title: own.title,
      municipality: '3303',
      applicationDeadline: own.applicationDeadline,
      status: 'withdrawn',
    });
    expect(body).not.toHaveProperty('employer');
  });

  it('deletes an opening after asking', async () => {
    const requests = setUp({
      [`GET ${openingsPath}/${own.id}`]: { body: own, headers: { ETag: '"8"' } },
      [`DELETE ${openingsPath}/${own.id}`]: { status: 204 },
    });
    renderWithApp(<OwnOpeningsSection />, { path: '/portal' });
    await userEvent.click(await screen.findByRole('button', { name: 'Slett «Maskinoperatør CNC»' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Slett stillingen' }));
    await waitFor(() => expect(screen.getByText('«Maskinoperatør CNC» er slettet.')).toBeInTheDocument());
    expect(requests.find((request) => request.method === 'DELETE')!.headers.get('If-Match')).toBe('"8"');
  });
});
