import { describe, expect, it } from 'vitest';
import type { components } from '../../src/api/schema';
import { formatDate, today } from './i18n';
import { change, mount, requested, respond, section, stubFetch, text } from './test-utils';

type Page = components['schemas']['PublicJobOpeningPage'];
type Opening = Page['items'][number];

const opening: Opening = {
  id: '0b6f5c1e-8d0a-4a39-9b7e-1f2d3c4b5a60',
  title: 'CNC-operatør',
  employer: { organisationNumber: null, name: 'Fjellvik Presisjon AS (fiktiv)' },
  municipality: { code: '3303', name: 'Kongsberg' },
  address: null,
  postalCode: null,
  city: null,
  category: 'Industri og produksjon',
  employmentType: 'permanent',
  positions: 1,
  startDate: null,
  applicationDeadline: '2027-09-30',
  link: 'https://jobb.example.no/cnc',
  description: null,
  publishedAt: '2027-09-01T08:00:00Z',
};

const page: Page = {
  items: [
    opening,
    { ...opening, id: '1b6f5c1e-8d0a-4a39-9b7e-1f2d3c4b5a60', title: 'Resepsjonist', link: null, applicationDeadline: '2027-10-15' },
  ],
  page: 0,
  size: 5,
  total: 42,
};

describe('<vekst-job-openings>', () => {
  it('shows the newest openings, linked, with employer and deadline, and the total', async () => {
    const fetch = stubFetch(() => respond(page));
    const element = await mount('<vekst-job-openings></vekst-job-openings>');

    expect(requested(fetch)).toEqual([`${location.origin}/api/v1/public/jobs/openings?size=5`]);
    const shown = text(element);
    expect(shown).toContain('Ledige stillinger');
    expect(section(element).querySelector('.fig')!.textContent).toBe('42');
    expect(shown).toContain(`ledige stillinger per ${formatDate('nb', today())}`.replace(/\s+/g, ' '));
    expect(shown).toContain('Fjellvik Presisjon AS (fiktiv) · Søknadsfrist 30.09.2027');
    expect(shown).toContain('Søknadsfrist 15.10.2027');
    expect(shown).toContain('Kilde: Vekst i Kongsberg');
    const links = [...section(element).querySelectorAll('li a')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.href])).toEqual([['CNC-operatør', 'https://jobb.example.no/cnc']]);
    expect(section(element).querySelectorAll('li')).toHaveLength(2);
  });

  it('asks for as many as the limit, for a municipality, and speaks English', async () => {
    const fetch = stubFetch(() => respond(page));
    const element = await mount('<vekst-job-openings limit="1" municipality="3303" lang="en"></vekst-job-openings>');

    expect(requested(fetch)).toEqual([`${location.origin}/api/v1/public/jobs/openings?municipality=3303&size=1`]);
    expect(section(element).querySelectorAll('li')).toHaveLength(1);
    expect(text(element)).toContain('Job openings');
    expect(text(element)).toContain('open positions as of');
    expect(text(element)).toContain('Apply by 30/09/2027');
    expect(text(element)).toContain('Source: Vekst i Kongsberg');

    await change(element, 'limit', '10');
    expect(requested(fetch).at(-1)).toBe(`${location.origin}/api/v1/public/jobs/openings?municipality=3303&size=10`);
    await change(element, 'limit', 'lots');
    expect(requested(fetch).at(-1)).toBe(`${location.origin}/api/v1/public/jobs/openings?municipality=3303&size=5`);
  });

  it('shows API text as text, never as HTML', async () => {
    stubFetch(() => respond({ ...page, items: [{ ...opening, title: '<img src=x onerror="alert(1)">Sveiser' }] }));
    const element = await mount('<vekst-job-openings></vekst-job-openings>');

    expect(section(element).querySelector('img')).toBeNull();
    expect(section(element).querySelector('li a')!.textContent).toBe('<img src=x onerror="alert(1)">Sveiser');
  });

  it('counts one opening in the singular', async () => {
    stubFetch(() => respond({ ...page, items: page.items.slice(0, 1), total: 1 }));
    const element = await mount('<vekst-job-openings></vekst-job-openings>');
    expect(text(element)).toContain('ledig stilling per');
  });

  it('says so when nothing is open', async () => {
    stubFetch(() => respond({ items: [], page: 0, size: 5, total: 0 }));
    const element = await mount('<vekst-job-openings></vekst-job-openings>');
    expect(text(element)).toContain('Ingen ledige stillinger akkurat nå.');
  });
});
