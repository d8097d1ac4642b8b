import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import { FeedImportSection } from './FeedImportSection';
import { importRun } from './fixtures';

const path = '/api/v1/jobs/openings/imports';
const feed = JSON.stringify({ content: [{ uuid: 'a1', title: 'Sykepleier' }] });
/** A picked file that Node's fetch (which the tests run on) can send as a body: jsdom's File is not a Blob to Node. */
async function file(): Promise<File> {
  const blob = await new Response(feed, { headers: { 'Content-Type': 'application/json' } }).blob();
  return Object.assign(blob, { name: 'feed.json', lastModified: 0 }) as File;
}

function setUp(handler: Parameters<typeof mockApi>[0][string]) {
  tokenStore.set(fakeToken({ sub: 'editor' }));
  const requests = mockApi({
    'GET /api/v1/auth/me': { body: staffUser(['editor']) },
    'GET /api/v1/imports': {
      body: {
        items: [importRun({ id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', dryRun: false, source: 'mandag.json' })],
        page: 0,
        size: 10,
        total: 1,
      },
    },
    [`POST ${path}`]: handler,
  });
  renderWithApp(<FeedImportSection />, { path: '/openings' });
  return requests;
}

const posts = (requests: Request[]) => requests.filter((request) => request.method === 'POST');

describe('FeedImportSection', () => {
  it('lists the latest feed runs with their counts', async () => {
    const requests = setUp({ status: 500 });
    const runs = await screen.findByTestId('feed-runs');
    const row = within(runs).getByRole('row', { name: /mandag\.json/ });
    expect(row).toHaveTextContent('Fullført');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['mandag.json', 'editor', 'Fullført', '3', '2', '1', '0', '4']);
    const listed = new URL(requests.find((request) => new URL(request.url).pathname === '/api/v1/imports')!.url).searchParams;
    expect(listed.get('kind')).toBe('job-feed');
  });

  it('sends the mode and the dry run, shows the counts with the withdrawn, then imports the checked file', async () => {
    const requests = setUp((request) => {
      const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
      return dryRun ? { body: importRun() } : { status: 201, body: importRun({ dryRun: false }) };
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Sjekk filen' }));
    expect(screen.getByLabelText('Fil fra stillingsfeeden (.json)')).toHaveAccessibleDescription(/Velg en fil først/);

    expect(screen.getByRole('radio', { name: 'Hele feeden (full)' })).toHaveAccessibleDescription(/trekkes tilbake/);
    await userEvent.upload(screen.getByLabelText('Fil fra stillingsfeeden (.json)'), await file());
    await userEvent.click(screen.getByRole('radio', { name: 'Hele feeden (full)' }));
    expect(screen.getByRole('checkbox', { name: 'Prøvekjøring' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Sjekk filen' }));
    const result = await screen.findByTestId('feed-import-result');
    expect(result).toHaveTextContent('Prøvekjøring: feed.json');
    expect(result).toHaveTextContent('Ingenting er lagret ennå.');
    const counts = within(result).getByTestId('feed-import-counts');
    expect(counts).toHaveTextContent('Nye3');
    expect(counts).toHaveTextContent('Endret2');
    expect(counts).toHaveTextContent('Uendret1');
    expect(counts).toHaveTextContent('Avvist0');
    expect(counts).toHaveTextContent('Trukket tilbake4');
    expect(screen.getByTestId('feed-import-status')).toHaveTextContent(
      'Prøvekjøringen av feed.json er klar. Nye: 3, endret: 2, uendret: 1, avvist: 0, trukket tilbake: 4.',
    );
    const first = posts(requests)[0]!;
    expect(Object.fromEntries(new URL(first.url).searchParams)).toEqual({ mode: 'full', dryRun: 'true', source: 'feed.json' });
    expect(first.headers.get('Content-Type')).toBe('application/json');
    expect(await first.text()).toBe(feed);

    await userEvent.click(within(result).getByRole('button', { name: 'Importer filen nå (Hele feeden (full))' }));
    await waitFor(() => expect(screen.getByTestId('feed-import-result')).toHaveTextContent('Importert: feed.json'));
    expect(screen.getByTestId('feed-import-result')).toHaveTextContent('feed.json er importert. Nye: 3');
    expect(Object.fromEntries(new URL(posts(requests)[1]!.url).searchParams)).toMatchObject({ mode: 'full', dryRun: 'false' });
  });

  it('imports straight away without the dry run, in delta mode by default', async () => {
    const requests = setUp({ status: 201, body: importRun({ dryRun: false }) });
    await userEvent.upload(await screen.findByLabelText('Fil fra stillingsfeeden (.json)'), await file());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Prøvekjøring' }));
    await userEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByTestId('feed-import-result')).toHaveTextContent('Importert: feed.json');
    expect(Object.fromEntries(new URL(posts(requests)[0]!.url).searchParams)).toMatchObject({ mode: 'delta', dryRun: 'false' });
  });

  it('shows a rejected file’s ads and reasons', async () => {
    setUp(problem(422, 'import-rejected', [{ field: 'rows[2].expires', code: 'required', message: 'expires is required' }]));
    await userEvent.upload(await screen.findByLabelText('Fil fra stillingsfeeden (.json)'), await file());
    await userEvent.click(screen.getByRole('button', { name: 'Sjekk filen' }));
    const rejected = await screen.findByTestId('feed-import-rejected');
    expect(rejected).toHaveTextContent('feed.json ble avvist. Ingenting er lagret.');
    await waitFor(() => expect(within(rejected).getByTestId('feed-rejected-rows')).toHaveTextContent('må fylles ut'));
  });
});
