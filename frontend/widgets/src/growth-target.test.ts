import { describe, expect, it } from 'vitest';
import { change, mount, requested, respond, settled, stubFetch, summary, text } from './test-utils';

describe('<vekst-growth-target>', () => {
  it('shows last full year’s growth against the target, and net migration against its target', async () => {
    const fetch = stubFetch(() => respond(summary));
    const element = await mount('<vekst-growth-target municipality="3303"></vekst-growth-target>');

    expect(requested(fetch)).toEqual([`${location.origin}/api/v1/public/population/summary?municipality=3303`]);
    const shown = text(element);
    expect(shown).toContain('Befolkningsvekst i Kongsberg');
    expect(shown).toContain('1,4 %');
    expect(shown).toContain('Befolkningsvekst i 2022. Mål: 1,0 % – nådd.');
    expect(shown).toContain('Netto innflytting 2022: 412 (mål: 350) – nådd.');
    expect(shown).toContain('Kilde: Statistics Norway (SSB)');
  });

  it('says so when a target is missed, in English too', async () => {
    stubFetch(() => respond({ ...summary, growthPercent: 0.62, targetMet: false, netMigration: 201, netInMigrationTargetMet: false }));
    const element = await mount('<vekst-growth-target lang="en"></vekst-growth-target>');

    const shown = text(element);
    expect(shown).toContain('Population growth in Kongsberg');
    expect(shown).toContain('0.6%');
    expect(shown).toContain('Population growth in 2022. Target: 1.0% – not met.');
    expect(shown).toContain('Net in-migration 2022: 201 (target: 350) – not met.');

    await change(element, 'lang', 'nb');
    expect(text(element)).toContain('Mål: 1,0 % – ikke nådd.');
  });

  it('shares one request with <vekst-population> for the same municipality', async () => {
    const fetch = stubFetch(() => respond(summary));
    const host = document.createElement('div');
    host.innerHTML = '<vekst-population></vekst-population><vekst-growth-target></vekst-growth-target>';
    document.body.append(host);
    const [population, growth] = [...host.children] as HTMLElement[];
    await Promise.all([settled(population!), settled(growth!)]);

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(text(population!)).toContain('28 604');
    expect(text(growth!)).toContain('1,4 %');
  });
});
