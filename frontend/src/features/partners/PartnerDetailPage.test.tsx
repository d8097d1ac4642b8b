import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { fakeToken, mockApi, problem, renderWithApp } from '../../test/renderApp';
import type { Agreement } from './api';
import { agreement, erasedContact, fjellvik, kari, me, partnerId, tiers } from './fixtures';
import { PartnerDetailPage } from './PartnerDetailPage';

const base = `/api/v1/partners/${partnerId}`;

function setUp(roles: string[], agreements: Agreement[], extra: Parameters<typeof mockApi>[0] = {}) {
  tokenStore.set(fakeToken({ sub: roles.join('-') }));
  const requests = mockApi({
    'GET /api/v1/auth/me': { body: me(roles) },
    [`GET ${base}`]: { body: fjellvik, headers: { ETag: '"p3"' } },
    [`GET ${base}/agreements`]: { body: { items: agreements } },
    [`GET ${base}/contacts`]: { body: { items: [kari, erasedContact] } },
    'GET /api/v1/partner-tiers': { body: { items: tiers } },
    ...extra,
  });
  renderWithApp(<PartnerDetailPage />, { path: `/partners/${partnerId}`, routePath: '/partners/:id' });
  return requests;
}

const agreementCard = async (year: number) => screen.findByTestId(`agreement-${year}`);

describe('PartnerDetailPage', () => {
  it('shows viewers the profile and agreements, but neither contacts nor any step or change button', async () => {
    const requests = setUp(['viewer'], [agreement({ status: 'signed' })]);
    expect(await screen.findByRole('heading', { level: 1, name: fjellvik.name })).toBeInTheDocument();
    const card = await agreementCard(2025);
    expect(within(card).getByRole('button', { name: /Last ned PDF/ })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Marker som/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Kanseller' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Kontaktpersoner' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Endre profil' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny avtale' })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/contacts'))).toBe(false);
  });

  it('lists agreements newest year first with amounts in kroner, status and steps', async () => {
    setUp(
      ['editor'],
      [
        agreement({ id: 'a-2024', year: 2024, status: 'paid', createdAt: '2024-01-01T00:00:00Z' }),
        agreement({
          id: 'a-2026',
          year: 2026,
          status: 'sent',
          tier: { key: 'main', name: 'Hovedpartner' },
          cashNok: 150000,
          inKindNok: 0,
          totalNok: 150000,
          steps: [
            { status: 'draft', at: '2026-01-05T09:00:00Z', by: 'Erik Editor' },
            { status: 'sent', at: '2026-01-06T09:00:00Z', by: 'Erik Editor' },
          ],
        }),
      ],
    );
    const list = await screen.findByTestId('agreements');
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['2026: Hovedpartner', '2024: Gullpartner']);
    const newest = await agreementCard(2026);
    expect(newest).toHaveTextContent('150 000 kr');
    expect(within(newest).getByTestId('agreement-status')).toHaveTextContent('Sendt');
    expect(newest).toHaveTextContent('Sendt: 06.01.2026');
    expect(newest).toHaveTextContent('Erik Editor');
  });

  it('offers editors exactly the next step for each status, and cancelling before paid', async () => {
    setUp(
      ['editor'],
      [
        agreement({ id: 'd', year: 2026, status: 'draft' }),
        agreement({ id: 's', year: 2025, status: 'sent' }),
        agreement({ id: 'g', year: 2024, status: 'signed' }),
        agreement({ id: 'i', year: 2023, status: 'invoiced' }),
        agreement({ id: 'p', year: 2022, status: 'paid' }),
        agreement({ id: 'c', year: 2021, status: 'cancelled' }),
      ],
    );
    const steps = async (year: number) =>
      within(await agreementCard(year))
        .queryAllByRole('button')
        .map((button) => button.textContent)
        .filter((text) => text?.startsWith('Marker som') || text === 'Kanseller');
    expect(await steps(2026)).toEqual(['Marker som sendt', 'Kanseller']);
    expect(await steps(2025)).toEqual(['Marker som signert', 'Kanseller']);
    expect(await steps(2024)).toEqual(['Marker som fakturert', 'Kanseller']);
    expect(await steps(2023)).toEqual(['Marker som betalt', 'Kanseller']);
    expect(await steps(2022)).toEqual([]);
    expect(await steps(2021)).toEqual([]);
    // Only drafts and sent agreements can be changed.
    expect(within(await agreementCard(2026)).getByRole('button', { name: 'Endre avtalen' })).toBeInTheDocument();
    expect(within(await agreementCard(2024)).queryByRole('button', { name: 'Endre avtalen' })).not.toBeInTheDocument();
  });

  it('moves an agreement to invoiced with the ETag of a fresh read and the invoice reference', async () => {
    const signed = agreement({ status: 'signed' });
    const requests = setUp(['editor'], [signed], {
      [`GET ${base}/agreements/${signed.id}`]: { body: signed, headers: { ETag: '"a7"' } },
      [`POST ${base}/agreements/${signed.id}/transitions`]: { body: { ...signed, status: 'invoiced' }, headers: { ETag: '"a8"' } },
    });
    await userEvent.click(within(await agreementCard(2025)).getByRole('button', { name: 'Marker som fakturert' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(await within(dialog).findByRole('textbox', { name: /Fakturareferanse/ }), 'F-2025-17');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Marker som fakturert' }));
    expect(await screen.findByText('Avtalen for 2025 er nå Fakturert.')).toBeInTheDocument();
    const post = requests.find((request) => request.url.endsWith('/transitions'))!;
    expect(post.headers.get('If-Match')).toBe('"a7"');
    expect(await post.json()).toEqual({ to: 'invoiced', invoiceReference: 'F-2025-17' });
  });

  it('asks for a reason before cancelling, and says so when the server refuses the step', async () => {
    const draft = agreement({ status: 'draft' });
    const requests = setUp(['editor'], [draft], {
      [`GET ${base}/agreements/${draft.id}`]: { body: draft, headers: { ETag: '"a1"' } },
      [`POST ${base}/agreements/${draft.id}/transitions`]: problem(409, 'invalid-transition'),
    });
    await userEvent.click(within(await agreementCard(2025)).getByRole('button', { name: 'Kanseller' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Kanseller' }));
    expect(within(dialog).getAllByText('må fylles ut').length).toBeGreaterThan(0);
    expect(requests.some((request) => request.url.endsWith('/transitions'))).toBe(false);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Hvorfor/ }), 'Trakk seg');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kanseller' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Avtalen kan ikke gå til denne statusen');
    const post = requests.find((request) => request.url.endsWith('/transitions'))!;
    expect(await post.json()).toEqual({ to: 'cancelled', reason: 'Trakk seg' });
  });

  it('creates an agreement from the tier list; admins also get the band override reason, editors not', async () => {
    const requests = setUp(['editor'], [], {
      [`POST ${base}/agreements`]: { status: 201, body: agreement({ year: 2026 }) },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny avtale' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: /Begrunnelse for beløp/ })).not.toBeInTheDocument();
    const tier = within(dialog).getByRole('combobox', { name: 'Partnernivå' });
    await within(tier).findByRole('option', { name: /Gullpartner/ });
    await userEvent.selectOptions(tier, 'gold');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Kontant (kr)' }), '50 000');
    const inKind = within(dialog).getByRole('textbox', { name: 'Naturalytelser (kr)' });
    await userEvent.clear(inKind);
    await userEvent.type(inKind, '10000');
    expect(within(dialog).getByTestId('agreement-total')).toHaveTextContent('Til sammen: 60 000 kr');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre avtalen' }));
    // In-kind value needs its description.
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Hva naturalytelsene er/ }), 'Lokaler');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre avtalen' }));
    expect(await screen.findByText('Avtalen for 2026 er lagret.')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      year: new Date().getFullYear(),
      tierKey: 'gold',
      cashNok: 50000,
      inKindNok: 10000,
      inKindDescription: 'Lokaler',
      benefits: null,
    });
  });

  it('shows admins the band override reason and the invitation, whose temporary password is shown once', async () => {
    setUp(['admin'], [], {
      [`POST ${base}/users`]: {
        status: 201,
        body: {
          user: {
            ...me(['partner'], partnerId),
            id: 'u1',
            username: 'kari',
            enabled: true,
            passwordChangeRequired: true,
            createdAt: '',
            updatedAt: '',
          },
          temporaryPassword: 'Temp-Passord-123',
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny avtale' }));
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Begrunnelse for beløp/ })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await userEvent.click(screen.getByRole('button', { name: 'Inviter bruker' }));
    dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Brukernavn' }), 'kari');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Navn' }), 'Kari Kontakt');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Inviter' }));
    expect(await within(dialog).findByTestId('temporary-password')).toHaveTextContent('Temp-Passord-123');
    expect(dialog).toHaveTextContent('må velge et nytt passord første gang');
    expect(within(dialog).getByRole('button', { name: 'Kopier passordet' })).toBeInTheDocument();
  });

  it('tells the editor when someone else changed the partner meanwhile (412) and reloads it', async () => {
    let reads = 0;
    const requests = setUp(['editor'], [], {
      [`GET ${base}`]: () => {
        reads += 1;
        return { body: { ...fjellvik, name: reads > 1 ? 'Fjellvik Endret AS' : fjellvik.name }, headers: { ETag: `"p${reads}"` } };
      },
      [`PUT ${base}`]: problem(412, 'stale'),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Endre profil' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await within(dialog).findByText(/Noen andre har endret dette/)).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PUT')!.headers.get('If-Match')).toBe('"p1"');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Navn' })).toHaveValue('Fjellvik Endret AS'));
  });

  it('shows contacts, erased ones as erased, and erases one only after a confirmation', async () => {
    const requests = setUp(['editor'], [], {
      [`POST ${base}/contacts/${kari.id}/erasure`]: { body: { ...kari, ...erasedContact, id: kari.id } },
    });
    const table = await screen.findByTestId('contacts-table');
    expect(within(table).getByRole('row', { name: /Kari Kontakt/ })).toHaveTextContent('kari@fjellvik.example.no');
    expect(within(table).getByText('Slettet')).toBeInTheDocument();
    expect(within(table).getAllByRole('button', { name: /Slett personopplysninger/ })).toHaveLength(1);
    await userEvent.click(within(table).getByRole('button', { name: 'Slett personopplysninger Kari Kontakt' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Det kan ikke angres.');
    expect(requests.some((request) => request.url.endsWith('/erasure'))).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slett for godt' }));
    expect(await screen.findByText('Personopplysningene er slettet.')).toBeInTheDocument();
    expect(requests.filter((request) => request.url.endsWith('/erasure'))).toHaveLength(1);
  });

  it('edits a contact with the version it was read with, so a change made meanwhile is refused', async () => {
    const requests = setUp(['editor'], [], {
      [`PUT ${base}/contacts/${kari.id}`]: { body: { ...kari, role: 'Styreleder', version: 4 } },
    });
    const table = await screen.findByTestId('contacts-table');
    await userEvent.click(within(table).getByRole('button', { name: /^Endre Kari Kontakt/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'PUT')).toBe(true));
    expect(requests.find((request) => request.method === 'PUT')!.headers.get('If-Match')).toBe('"3"');
  });
});
