import type { components } from '../../src/api/schema';
import { type Context, h, VekstElement, type View } from './base';
import { formatNumber, formatPercent, type Lang } from './i18n';

type PublicKpiList = components['schemas']['PublicKpiList'];
type Unit = components['schemas']['KpiUnit'];

function formatValue(lang: Lang, t: Context['t'], value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return formatPercent(lang, value);
    case 'persons':
      return `${formatNumber(lang, value)} ${Math.abs(value) === 1 ? t.person : t.persons}`;
    case 'nok':
      return formatNumber(lang, value, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
    case 'rank':
      return t.rank + formatNumber(lang, value);
    default:
      return formatNumber(lang, value);
  }
}

/** <vekst-kpi key="...">: one public KPI, its latest value, target and status. */
export class VekstKpi extends VekstElement<PublicKpiList> {
  static observedAttributes = [...VekstElement.observedAttributes, 'key'];

  protected path(): string {
    return '/api/v1/public/kpis';
  }

  protected label({ t }: Context): string {
    return t.kpi;
  }

  protected view(data: PublicKpiList, { lang, t }: Context): View {
    const kpi = data.items.find((item) => item.key === this.getAttribute('key')?.trim());
    if (!kpi) return { title: t.kpi, body: null, source: t.programme }; // unknown key: the quiet fallback
    const { latest, target, unit } = kpi;
    return {
      title: kpi.name[lang],
      body: [
        h('p', 'fig', latest ? formatValue(lang, t, latest.value, unit) : t.noValue),
        latest && h('p', undefined, t.period + latest.period),
        target !== null && h('p', undefined, `${t.targetFor}${data.year}: ${formatValue(lang, t, target, unit)}`),
        h('p', undefined, t.status + t.statuses[kpi.status]),
      ],
      source: t.programme,
    };
  }
}
