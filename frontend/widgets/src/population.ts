import type { components } from '../../src/api/schema';
import { type Context, h, query, VekstElement, type View } from './base';
import { formatDate, formatNumber } from './i18n';

type PopulationSummary = components['schemas']['PopulationSummary'];

/** <vekst-population>: the latest population, its date and source. */
export class VekstPopulation extends VekstElement<PopulationSummary> {
  protected path(): string {
    return `/api/v1/public/population/summary${query({ municipality: this.municipalityCode })}`;
  }

  protected label({ t }: Context): string {
    return t.population;
  }

  protected view(data: PopulationSummary, { lang, t }: Context): View {
    const { population, populationDate } = data;
    return {
      title: t.populationIn + data.municipality.name,
      body:
        population === null || !populationDate
          ? null
          : [h('p', 'fig', formatNumber(lang, population)), h('p', undefined, t.asOf + formatDate(lang, populationDate))],
      source: data.source || t.programme,
    };
  }
}
