import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { categories, feedOpening, futureDeadline, importRun, kongsbergregionen, opening } from './fixtures';
import { OpeningsPage } from './OpeningsPage';

const cnc = opening();
const list = { body: { items: [cnc, feedOpening], page: 0, size: 25, total: 2 } };
const openingsPath = '/api/v1/jobs/openings';

function setUp(roles: string[], handlers: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: roles[0] }));
  return mockApi({
    'GET /api/v1/auth/me': { body: staffUser(roles) },
    [`GET ${openingsPath}`]: list,
    [`GET ${openingsPath}/categories`]: { body: categories },
    'GET /api/v1/regions': { body: { items: [kongsbergregionen] } },
    'GET /api/v1/imports': { body: { items: [importRun({ dryRun: false })], page: 0, size: 10, total: 1 } },
    ...handlers,
  });
}

const lastListQuery = (requests: Request[]) =>
  new URL(requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === openingsPath).at(-1)!.url)
    .searchParams;

const [year, month, day] = futureDeadline.split('-');

describe('OpeningsPage', () => {
  it('lists openings with the deadline the Norwegian way and the status in words, and sends the filters and sorting', async () => {
    const requests = setUp(['viewer']);
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    const table = await screen.findByTestId('openings-table');
    const row = within(table).getByRole('row', { name: /Maskinoperatør CNC/ });
    expect(row).toHaveTextContent('Fjellvik Presisjon AS (fiktiv)');
    expect(row).toHaveTextContent('Kongsberg');
    expect(row).toHaveTextContent('Industri og produksjon');
    expect(row).toHaveTextContent(`${day}.${month}.${year}`);
    expect(row).toHaveTextContent('Publisert');
    expect(row).toHaveTextContent('Lagt inn av programmet');
    const feedRow = within(table).getByRole('row', { name: /Sykepleier/ });
    expect(feedRow).toHaveTextContent('15.01.2026');
    expect(feedRow).toHaveTextContent('Fristen er ute');
    expect(feedRow).toHaveTextContent('Stillingsfeeden');
    // Viewers read only: no posting, no import.
    expect(screen.queryByRole('button', { name: 'Ny stilling' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('feed-import')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Søk i tittel, arbeidsgiver eller organisasjonsnummer'), 'cnc');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'expired');
    await userEvent.selectOptions(screen.getByLabelText('Kilde'), 'job-feed');
    await userEvent.selectOptions(screen.getByLabelText('Kategori'), 'Helse og omsorg');
    await userEvent.selectOptions(await screen.findByLabelText('Kommune'), 'Notodden');
    await waitFor(() => expect(lastListQuery(requests).get('q')).toBe('cnc'));
    expect(Object.fromEntries(lastListQuery(requests))).toMatchObject({
      status: 'expired',
      source: 'job-feed',
      category: 'Helse og omsorg',
      municipality: '3320',
      sort: '-updatedAt',
      page: '0',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Søknadsfrist' }));
    await waitFor(() => expect(lastListQuery(requests).get('sort')).toBe('applicationDeadline'));
  });

  it('shows a viewer the description as formatted text, and offers no change', async () => {
    setUp(['viewer'], { [`GET ${openingsPath}/${cnc.id}`]: { body: cnc, headers: { ETag: '"1"' } } });
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Maskinoperatør CNC' }));
    const dialog = screen.getByRole('dialog');
    const details = await within(dialog).findByTestId('opening-details');
    expect(within(details).getByText('CNC-operatører').tagName).toBe('STRONG');
    expect(details).toHaveTextContent('Fjellvik Presisjon AS (fiktiv) (org.nr. 123456785)');
    expect(details).toHaveTextContent('Fast');
    expect(within(details).getByRole('link', { name: /Søk på stillingen/ })).toHaveAttribute('href', 'https://example.org/jobb/cnc');
    expect(within(dialog).queryByRole('button', { name: 'Endre' })).not.toBeInTheDocument();
  });

  it('shows an editor a feed opening read-only, without change or delete', async () => {
    setUp(['editor'], { [`GET ${openingsPath}/${feedOpening.id}`]: { body: feedOpening, headers: { ETag: '"4"' } } });
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Sykepleier' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('Stillingen er hentet fra stillingsfeeden og endres bare av den.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Endre' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Slett' })).not.toBeInTheDocument();
  });

  it('explains what is wrong before sending, then posts the opening', async () => {
    const requests = setUp(['editor'], {
      [`POST ${openingsPath}`]: { status: 201, body: opening({ title: 'Prosjektleder', id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' }) },
    });
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny stilling' }));
    const dialog = screen.getByRole('dialog');
    const field = (name: string) => within(dialog).getByLabelText(name);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(field('Stillingstittel')).toHaveAccessibleDescription('Skriv stillingstittelen.');
    expect(field('Arbeidsgiverens navn')).toHaveAccessibleDescription('Skriv navnet på arbeidsgiveren.');
    expect(field('Søknadsfrist')).toHaveAccessibleDescription('Velg en søknadsfrist.');
    expect(within(dialog).getByRole('combobox', { name: 'Kommune (arbeidssted)' })).toHaveAccessibleDescription(
      'Velg kommunen der arbeidsstedet er.',
    );

    await userEvent.type(field('Stillingstittel'), 'Prosjektleder');
    await userEvent.type(field('Arbeidsgiverens navn'), 'Fjellvik Presisjon AS (fiktiv)');
    await userEvent.type(field('Organisasjonsnummer'), '123456789');
    await userEvent.type(field('Lenke til søknaden'), 'www.example.org');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(field('Organisasjonsnummer')).toHaveAccessibleDescription(/feil kontrollsiffer/);
    expect(field('Lenke til søknaden')).toHaveAccessibleDescription(/begynner med http:\/\/ eller https:\/\//);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.clear(field('Organisasjonsnummer'));
    await userEvent.type(field('Organisasjonsnummer'), '123 456 785');
    await userEvent.clear(field('Lenke til søknaden'));
    await userEvent.type(field('Lenke til søknaden'), 'https://example.org/jobb/pl');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Kommune (arbeidssted)' }), 'Kongsberg');
    await userEvent.type(field('Søknadsfrist'), futureDeadline);
    await userEvent.type(field('Kategori'), 'Industri og produksjon');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Ansettelsesform' }), 'trainee');
    await userEvent.type(field('Beskrivelse'), 'Led prosjekter.');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'published');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('«Prosjektleder» er lagt inn.')).toBeInTheDocument();
    expect(await requests.find((request) => request.method === 'POST')!.json()).toEqual({
      title: 'Prosjektleder',
      employer: { name: 'Fjellvik Presisjon AS (fiktiv)', organisationNumber: '123456785' },
      municipality: '3303',
      address: null,
      postalCode: null,
      city: null,
      category: 'Industri og produksjon',
      employmentType: 'trainee',
      positions: 1,
      startDate: null,
      applicationDeadline: futureDeadline,
      link: 'https://example.org/jobb/pl',
      description: 'Led prosjekter.',
      status: 'published',
    });
  });

  it('refuses to publish with a deadline that has passed', async () => {
    setUp(['editor']);
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny stilling' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Søknadsfrist'), '2020-01-31');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'published');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(within(dialog).getByLabelText('Søknadsfrist')).toHaveAccessibleDescription(/Søknadsfristen har gått ut/);
  });

  it('shows the server’s field errors at the fields', async () => {
    setUp(['editor'], {
      [`POST ${openingsPath}`]: problem(400, 'validation', [
        { field: 'employer.organisationNumber', code: 'invalid-organisation-number', message: 'not a valid organisation number' },
        { field: 'applicationDeadline', code: 'deadline-passed', message: 'the deadline has passed' },
      ]),
    });
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny stilling' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Stillingstittel'), 'Lærling');
    await userEvent.type(within(dialog).getByLabelText('Arbeidsgiverens navn'), 'Kongsberg kommune');
    await userEvent.type(within(dialog).getByLabelText('Organisasjonsnummer'), '974631792');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Kommune (arbeidssted)' }), 'Kongsberg');
    await userEvent.type(within(dialog).getByLabelText('Søknadsfrist'), futureDeadline);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Organisasjonsnummer')).toHaveAccessibleDescription(/er ikke et gyldig organisasjonsnummer/),
    );
    expect(within(dialog).getByLabelText('Søknadsfrist')).toHaveAccessibleDescription(/har gått ut/);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Noen av verdiene er ikke gyldige.');
  });

  it('changes an opening with its ETag, says so when it is stale, and deletes after asking', async () => {
    let reads = 0;
    let puts = 0;
    const requests = setUp(['editor'], {
      [`GET ${openingsPath}/${cnc.id}`]: () => ({ body: cnc, headers: { ETag: `"${++reads}"` } }),
      [`PUT ${openingsPath}/${cnc.id}`]: () => (++puts === 1 ? problem(412, 'precondition-failed') : { body: { ...cnc, positions: 3 } }),
      [`DELETE ${openingsPath}/${cnc.id}`]: { status: 204 },
    });
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    await userEvent.click(await screen.findByRole('button', { name: 'Maskinoperatør CNC' }));
    await userEvent.click(await within(screen.getByRole('dialog')).findByRole('button', { name: 'Endre' }));
    let dialog = screen.getByRole('dialog');
    const positions = await within(dialog).findByRole('textbox', { name: 'Antall stillinger' });
    expect(within(dialog).getByLabelText('Organisasjonsnummer')).toHaveValue('123456785');
    await userEvent.clear(positions);
    await userEvent.type(positions, '3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await within(dialog).findByText(/Noen andre har endret stillingen/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Last inn på nytt' }));
    const again = await within(dialog).findByRole('textbox', { name: 'Antall stillinger' });
    await waitFor(() => expect(reads).toBe(3));
    await userEvent.clear(again);
    await userEvent.type(again, '3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('«Maskinoperatør CNC» er lagret.')).toBeInTheDocument();
    const sent = requests.filter((request) => request.method === 'PUT');
    expect(sent.map((request) => request.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(await sent[1]!.json()).toMatchObject({ positions: 3, employer: { organisationNumber: '123456785' }, status: 'published' });

    await userEvent.click(screen.getByRole('button', { name: 'Maskinoperatør CNC' }));
    dialog = screen.getByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Slett' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Slett stillingen' }));
    expect(await screen.findByText('«Maskinoperatør CNC» er slettet.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'DELETE')!.headers.get('If-Match')).toBe('"4"');
  });
});
