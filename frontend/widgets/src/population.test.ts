import { describe, expect, it } from 'vitest';
import { change, dashboardLink, mount, requested, respond, stubFetch, summary, text } from './test-utils';

describe('<vekst-population>', () => {
  it('shows the latest population with its date and source, the Norwegian way', async () => {
    const fetch = stubFetch(() => respond(summary));
    const element = await mount('<vekst-population></vekst-population>');

    expect(requested(fetch)).toEqual([`${location.origin}/api/v1/public/population/summary`]);
    expect(fetch.mock.calls[0]![1]).toMatchObject({ mode: 'cors', credentials: 'omit' });
    expect(fetch.mock.calls[0]![1]!.signal).toBeInstanceOf(AbortSignal);
    const shown = text(element);
    expect(shown).toContain('Folketall i Kongsberg');
    expect(shown).toContain('28 604');
    expect(shown).toContain('per 30. september 2023');
    expect(shown).toContain('Kilde: Statistics Norway (SSB); corrections by the municipality');
    expect(dashboardLink(element).textContent).toBe('Se flere tall');
    expect(dashboardLink(element).href).toBe(`${location.origin}/figures`);
  });

  it('speaks English with lang="en"', async () => {
    stubFetch(() => respond(summary));
    const element = await mount('<vekst-population lang="en"></vekst-population>');

    const shown = text(element);
    expect(shown).toContain('Population of Kongsberg');
    expect(shown).toContain('28,604');
    expect(shown).toContain('as of 30 September 2023');
    expect(shown).toContain('Source: Statistics Norway (SSB)');
    expect(dashboardLink(element).textContent).toBe('See more figures');
  });

  it('asks for another municipality when the attribute changes, and switches language without a new request', async () => {
    const fetch = stubFetch((url) =>
      respond(url.includes('3301') ? { ...summary, municipality: { code: '3301', name: 'Drammen' }, population: 104000 } : summary),
    );
    const element = await mount('<vekst-population></vekst-population>');

    await change(element, 'municipality', '3301');
    expect(requested(fetch).at(-1)).toBe(`${location.origin}/api/v1/public/population/summary?municipality=3301`);
    expect(text(element)).toContain('Folketall i Drammen');
    expect(text(element)).toContain('104 000');

    await change(element, 'lang', 'en');
    expect(text(element)).toContain('Population of Drammen');
    expect(text(element)).toContain('104,000');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('falls back quietly when there is no population', async () => {
    stubFetch(() => respond({ ...summary, population: null, populationDate: null }));
    const element = await mount('<vekst-population></vekst-population>');
    expect(text(element)).toContain('Tallene er ikke tilgjengelige akkurat nå.');
  });
});
