import type { components } from '../../src/api/schema';
import { type Context, h, link, query, VekstElement, type View } from './base';
import { formatNumber } from './i18n';

type PublicPartnerList = components['schemas']['PublicPartnerList'];

/** <vekst-partners year="2025">: the public partner list by tier. Logos are not loaded (host CSPs forbid foreign images). */
export class VekstPartners extends VekstElement<PublicPartnerList> {
  static observedAttributes = [...VekstElement.observedAttributes, 'year'];

  protected path(): string {
    const year = this.getAttribute('year')?.trim();
    return `/api/v1/public/partners${query({ year: year && /^\d{4}$/.test(year) ? year : null })}`;
  }

  protected label({ t }: Context): string {
    return t.partners;
  }

  protected view(data: PublicPartnerList, { lang, t }: Context): View {
    // The API sorts by tier, highest first; keep that order and group consecutive tiers.
    const tiers = new Map<string, HTMLUListElement>();
    for (const partner of data.items) {
      let list = tiers.get(partner.tierName);
      if (!list) tiers.set(partner.tierName, (list = h('ul')));
      list.append(h('li', undefined, link(partner.website, partner.name)));
    }
    const year = String(data.year);
    return {
      title: `${t.partners} ${year}`,
      body: [
        h('p', undefined, t.partnerCount(data.items.length, formatNumber(lang, data.items.length), year)),
        ...(data.items.length ? [...tiers].flatMap(([tier, list]) => [h('p', 'tier', tier), list]) : [h('p', undefined, t.noPartners)]),
      ],
      source: t.programme,
    };
  }
}
