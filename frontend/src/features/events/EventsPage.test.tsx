import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import type { Event } from './api';
import { EventsPage } from './EventsPage';

const partner = { id: 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b', name: 'Fjellvik Presisjon AS (fiktiv)' };
const now = new Date();
const pad = (value: number) => String(value).padStart(2, '0');
const thisMonth = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;

function event(overrides: Partial<Event> = {}): Event {
  return {
    id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
    name: 'Boligdag',
    date: `${thisMonth}-10`,
    endDate: `${thisMonth}-11`,
    place: 'Kongsberg kulturhus',
    focusArea: 'residents',
    description: 'Boligutviklere og meglere viser fram nye boliger.',
    attendees: 450,
    partners: [partner],
    notes: null,
    demo: false,
    version: 1,
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
    ...overrides,
  };
}

const boligdag = event();
const demo = event({
  id: 'f1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5c',
  name: 'Sommerfest',
  date: `${thisMonth}-20`,
  endDate: null,
  demo: true,
  partners: [],
});
const list = { body: { items: [boligdag, demo], page: 0, size: 25, total: 2 } };

function setUp(roles: string[], handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: roles[0] }));
  return mockApi({
    'GET /api/v1/auth/me': { body: staffUser(roles) },
    'GET /api/v1/events': list,
    'GET /api/v1/partners': { body: { items: [{ ...partner }], page: 0, size: 500, total: 1 } },
    ...handlers,
  });
}

const lastQuery = (requests: Request[]) =>
  new URL(requests.filter((r) => new URL(r.url).pathname === '/api/v1/events').at(-1)!.url).searchParams;

describe('EventsPage', () => {
  it('lists events with dates the Norwegian way, marks demo events, and sends filters and sorting', async () => {
    const requests = setUp(['viewer']);
    renderWithApp(<EventsPage />, { path: '/events' });
    const table = await screen.findByTestId('events-table');
    const row = within(table).getByRole('row', { name: /Boligdag/ });
    const [year, month] = [now.getFullYear(), pad(now.getMonth() + 1)];
    expect(row).toHaveTextContent(`10.${month}.${year}–11.${month}.${year}`);
    expect(row).toHaveTextContent('Fjellvik Presisjon AS (fiktiv)');
    expect(row).toHaveTextContent('Innbyggere');
    expect(within(table).getByRole('row', { name: /Sommerfest/ })).toHaveTextContent('(demo)');
    expect(screen.queryByRole('button', { name: 'Nytt arrangement' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Søk i navn, sted eller beskrivelse'), 'bolig');
    await userEvent.selectOptions(screen.getByLabelText('Fokusområde'), 'residents');
    await userEvent.type(screen.getByLabelText('Fra dato'), '2026-01-01');
    await waitFor(() => expect(lastQuery(requests).get('q')).toBe('bolig'));
    expect(Object.fromEntries(lastQuery(requests))).toMatchObject({ focusArea: 'residents', from: '2026-01-01', sort: 'date', page: '0' });
    await userEvent.click(screen.getByRole('button', { name: 'Deltakere' }));
    await waitFor(() => expect(lastQuery(requests).get('sort')).toBe('attendees'));
  });

  it('shows the month as a calendar table with each day’s events, and moves between months', async () => {
    const requests = setUp(['viewer'], {
      [`GET /api/v1/events/${boligdag.id}`]: { body: boligdag, headers: { ETag: '"1"' } },
    });
    renderWithApp(<EventsPage />, { path: '/events' });
    await screen.findByTestId('events-table');
    await userEvent.click(screen.getByRole('button', { name: 'Kalender' }));
    const calendar = await screen.findByTestId('calendar-table');
    expect(
      within(calendar)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['manmandag', 'tirtirsdag', 'onsonsdag', 'tortorsdag', 'frefredag', 'lørlørdag', 'sønsøndag']);
    const day10 = calendar.querySelector(`[data-date="${thisMonth}-10"]`)!;
    const day11 = calendar.querySelector(`[data-date="${thisMonth}-11"]`)!;
    expect(within(day10 as HTMLElement).getByRole('button', { name: 'Boligdag' })).toBeInTheDocument();
    expect(within(day11 as HTMLElement).getByRole('button', { name: 'Boligdag' })).toBeInTheDocument();
    expect(calendar.querySelector(`[data-date="${thisMonth}-20"]`)).toHaveTextContent('Sommerfest(demo)');

    // A viewer opens an event to read it.
    await userEvent.click(within(day10 as HTMLElement).getByRole('button', { name: 'Boligdag' }));
    expect(await within(screen.getByRole('dialog')).findByText('Kongsberg kulturhus')).toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lukk dialogvindu' }));

    const before = requests.length;
    await userEvent.click(screen.getByRole('button', { name: 'Neste måned' }));
    await waitFor(() => expect(requests.length).toBeGreaterThan(before));
    const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
    const lastDay = new Date(next.getFullYear(), next.getMonth() + 1, 0).getDate();
    expect(lastQuery(requests).get('to')).toBe(`${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(lastDay)}`);
  });

  it('lets an editor register an event with partners', async () => {
    const requests = setUp(['editor'], { 'POST /api/v1/events': { status: 201, body: event({ name: 'Technology Summit' }) } });
    renderWithApp(<EventsPage />, { path: '/events' });
    await userEvent.click(await screen.findByRole('button', { name: 'Nytt arrangement' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(within(dialog).getByLabelText('Dato')).toHaveAccessibleDescription(/Velg en dato/);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Technology Summit');
    await userEvent.type(within(dialog).getByLabelText('Dato'), '2026-10-15');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Antall deltakere' }), '300');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Fokusområde' }), 'industry');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: partner.name }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('«Technology Summit» er registrert.')).toBeInTheDocument();
    expect(await requests.find((request) => request.method === 'POST')!.json()).toEqual({
      name: 'Technology Summit',
      date: '2026-10-15',
      endDate: null,
      place: null,
      focusArea: 'industry',
      description: null,
      attendees: 300,
      partnerIds: [partner.id],
      notes: null,
    });
  });

  it('lets an editor change an event with its ETag and delete it after asking', async () => {
    // Each read answers the version it finds; a read after the save must not take the form away.
    let reads = 0;
    const requests = setUp(['editor'], {
      [`GET /api/v1/events/${boligdag.id}`]: () => ({ body: boligdag, headers: { ETag: `"${++reads}"` } }),
      [`PUT /api/v1/events/${boligdag.id}`]: { body: { ...boligdag, place: 'Tinghuset', version: 2 } },
      [`DELETE /api/v1/events/${boligdag.id}`]: { status: 204 },
    });
    renderWithApp(<EventsPage />, { path: '/events' });
    await userEvent.click(await screen.findByRole('button', { name: 'Boligdag' }));
    let dialog = screen.getByRole('dialog');
    const place = await within(dialog).findByRole('textbox', { name: 'Sted' });
    expect(within(dialog).getByRole('checkbox', { name: partner.name })).toBeChecked();
    await userEvent.clear(place);
    await userEvent.type(place, 'Tinghuset');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('«Boligdag» er lagret.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(await put.json()).toMatchObject({ place: 'Tinghuset', partnerIds: [partner.id] });

    await userEvent.click(screen.getByRole('button', { name: 'Boligdag' }));
    dialog = screen.getByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Slett arrangementet' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Slett' }));
    expect(await screen.findByText('«Boligdag» er slettet.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'DELETE')!.headers.get('If-Match')).toBe('"2"');
  });
});
