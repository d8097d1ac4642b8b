import { describe, expect, it } from 'vitest';
import type { components } from '../../src/api/schema';
import { change, mount, requested, respond, stubFetch, text } from './test-utils';

type PublicKpiList = components['schemas']['PublicKpiList'];
type Kpi = PublicKpiList['items'][number];

const netInMigration: Kpi = {
  key: 'net-in-migration',
  name: { nb: 'Netto innflytting', en: 'Net in-migration' },
  focusArea: 'residents',
  unit: 'persons',
  direction: 'higher-is-better',
  latest: { period: '2025', value: 288 },
  target: 350,
  status: 'at-risk',
  trend: 'up',
  projection: { value: 330, method: 'trend', basedOn: ['2024', '2025'] } as Kpi['projection'],
};

const kpis: PublicKpiList = {
  year: 2026,
  items: [
    netInMigration,
    {
      ...netInMigration,
      key: 'programme-turnover',
      name: { nb: 'Programomsetning', en: 'Programme turnover' },
      unit: 'nok',
      latest: { period: '2025', value: 3150000 },
      target: 3000000,
      status: 'on-track',
    },
    { ...netInMigration, key: 'resident-pride', name: { nb: 'Stolthet', en: 'Pride' }, latest: null, status: 'no-data' },
  ],
};

describe('<vekst-kpi>', () => {
  it('shows one KPI’s latest value with unit and period, its target and status in words', async () => {
    const fetch = stubFetch(() => respond(kpis));
    const element = await mount('<vekst-kpi key="net-in-migration"></vekst-kpi>');

    expect(requested(fetch)).toEqual([`${location.origin}/api/v1/public/kpis`]);
    const shown = text(element);
    expect(shown).toContain('Netto innflytting');
    expect(shown).toContain('288 personer');
    expect(shown).toContain('Periode: 2025');
    expect(shown).toContain('Mål for 2026: 350 personer');
    expect(shown).toContain('Status: I faresonen');
    expect(shown).toContain('Kilde: Vekst i Kongsberg');
  });

  it('speaks English, formats kroner, and follows a change of key', async () => {
    stubFetch(() => respond(kpis));
    const element = await mount('<vekst-kpi key="net-in-migration" lang="en"></vekst-kpi>');
    expect(text(element)).toContain('288 people');
    expect(text(element)).toContain('Target for 2026: 350 people');
    expect(text(element)).toContain('Status: At risk');
    expect(text(element)).toContain('Source: Vekst i Kongsberg');

    await change(element, 'key', 'programme-turnover');
    expect(text(element)).toContain('Programme turnover');
    expect(text(element)).toContain('NOK 3,150,000');
    expect(text(element)).toContain('Status: On track');

    await change(element, 'lang', 'nb');
    expect(text(element)).toContain('3 150 000 kr');
    expect(text(element)).toContain('Status: I rute');
  });

  it('says there is no value yet when a KPI has none', async () => {
    stubFetch(() => respond(kpis));
    const element = await mount('<vekst-kpi key="resident-pride"></vekst-kpi>');
    expect(text(element)).toContain('Ingen verdi ennå');
    expect(text(element)).toContain('Status: Mangler data');
  });

  it('falls back quietly for an unknown key', async () => {
    stubFetch(() => respond(kpis));
    const element = await mount('<vekst-kpi key="no-such-kpi"></vekst-kpi>');
    expect(text(element)).toContain('Tallene er ikke tilgjengelige akkurat nå.');
    expect(text(element)).toContain('Se flere tall');
    expect(text(element)).not.toContain('Kilde');
  });
});
