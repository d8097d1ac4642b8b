import { describe, expect, it } from 'vitest';
import type { components } from '../../src/api/schema';
import { change, mount, requested, respond, section, stubFetch, text } from './test-utils';

type PublicPartnerList = components['schemas']['PublicPartnerList'];

const partners: PublicPartnerList = {
  year: 2025,
  items: [
    {
      name: 'Fjellvik Presisjon AS (fiktiv)',
      logoUrl: 'https://fjellvik.example.no/logo.svg',
      website: 'https://fjellvik.example.no',
      sector: 'industry',
      tierName: 'Gullpartner',
    },
    { name: 'Lågen Reiseliv AS (fiktiv)', logoUrl: null, website: null, sector: 'tourism', tierName: 'Sølvpartner' },
    { name: 'Numedal Handel AS (fiktiv)', logoUrl: null, website: 'javascript:alert(1)', sector: 'retail', tierName: 'Sølvpartner' },
  ],
};

describe('<vekst-partners>', () => {
  it('lists the partners by tier, linked to their websites, without loading logos', async () => {
    const fetch = stubFetch(() => respond(partners));
    const element = await mount('<vekst-partners></vekst-partners>');

    expect(requested(fetch)).toEqual([`${location.origin}/api/v1/public/partners`]);
    const shown = text(element);
    expect(shown).toContain('Partnere i Vekst i Kongsberg 2025');
    expect(shown).toContain('3 partnere i 2025');
    expect(shown).toContain('Kilde: Vekst i Kongsberg');
    const tiers = [...section(element).querySelectorAll('.tier')].map((tier) => tier.textContent);
    expect(tiers).toEqual(['Gullpartner', 'Sølvpartner']);
    const lists = [...section(element).querySelectorAll('ul')].map((list) => list.textContent);
    expect(lists).toEqual(['Fjellvik Presisjon AS (fiktiv)', 'Lågen Reiseliv AS (fiktiv)Numedal Handel AS (fiktiv)']);
    const links = [...section(element).querySelectorAll('ul a')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.href])).toEqual([['Fjellvik Presisjon AS (fiktiv)', 'https://fjellvik.example.no/']]);
    expect(section(element).querySelector('img')).toBeNull();
  });

  it('asks for a year, and speaks English', async () => {
    const fetch = stubFetch(() => respond({ ...partners, year: 2024 }));
    const element = await mount('<vekst-partners year="2024" lang="en"></vekst-partners>');
    expect(requested(fetch)).toEqual([`${location.origin}/api/v1/public/partners?year=2024`]);
    expect(text(element)).toContain('Vekst i Kongsberg partners 2024');
    expect(text(element)).toContain('3 partners in 2024');
    expect(text(element)).toContain('Source: Vekst i Kongsberg');

    await change(element, 'year', '2023');
    expect(requested(fetch).at(-1)).toBe(`${location.origin}/api/v1/public/partners?year=2023`);
  });

  it('counts one partner in the singular', async () => {
    stubFetch(() => respond({ ...partners, items: partners.items.slice(0, 1) }));
    const element = await mount('<vekst-partners></vekst-partners>');
    expect(text(element)).toContain('1 partner i 2025');
  });

  it('says so when no partner is listed', async () => {
    stubFetch(() => respond({ year: 2025, items: [] }));
    const element = await mount('<vekst-partners></vekst-partners>');
    expect(text(element)).toContain('Ingen partnere er oppført ennå.');
  });
});
