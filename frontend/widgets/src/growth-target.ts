import type { components } from '../../src/api/schema';
import { type Context, h, query, VekstElement, type View } from './base';
import { formatNumber, formatPercent } from './i18n';

type PopulationSummary = components['schemas']['PopulationSummary'];

/** <vekst-growth-target>: last full year's growth and net migration against the programme's targets. */
export class VekstGrowthTarget extends VekstElement<PopulationSummary> {
  protected path(): string {
    return `/api/v1/public/population/summary${query({ municipality: this.municipalityCode })}`;
  }

  protected label({ t }: Context): string {
    return t.growth;
  }

  protected view(data: PopulationSummary, { lang, t }: Context): View {
    const { growthPercent, growthYear, netMigration, targetMet, netInMigrationTargetMet } = data;
    const verdict = (met: boolean | null) => (met === null ? '' : ` – ${met ? t.met : t.notMet}`);
    return {
      title: t.growthIn + data.municipality.name,
      body:
        growthPercent === null || !growthYear
          ? null
          : [
              h('p', 'fig', formatPercent(lang, growthPercent)),
              h(
                'p',
                undefined,
                `${t.growthYear}${growthYear}. ${t.target}${formatPercent(lang, data.targetGrowthPercent)}${verdict(targetMet)}.`,
              ),
              netMigration !== null &&
                h(
                  'p',
                  undefined,
                  `${t.netMigration}${growthYear}: ${formatNumber(lang, netMigration)} (${t.target.toLowerCase()}${formatNumber(lang, data.targetNetInMigration)})${verdict(netInMigrationTargetMet)}.`,
                ),
            ],
      source: data.source || t.programme,
    };
  }
}
