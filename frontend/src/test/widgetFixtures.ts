// The widget manifest and the public KPIs, for the embed page and the public figures page.
import type { PublicKpiList } from '../lib/kpis/api';
import type { WidgetManifest } from '../lib/widgets';

export const manifest: WidgetManifest = {
  version: '0.1.0',
  stable: '/embed/v1/vekst-widgets.js',
  pinned: '/embed/v1/vekst-widgets.0123456789.js',
  integrity: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
  bytes: 14_532,
  gzipBytes: 5_260,
  elements: ['vekst-population', 'vekst-growth-target', 'vekst-kpi', 'vekst-partners', 'vekst-job-openings'],
};

export const publicKpis: PublicKpiList = {
  year: 2026,
  items: [
    {
      key: 'population-growth',
      name: { nb: 'Befolkningsvekst', en: 'Population growth' },
      focusArea: 'residents',
      unit: 'percent',
      direction: 'higher-is-better',
      latest: { period: '2025', value: 1.1 },
      target: 1,
      status: 'on-track',
      trend: 'up',
      projection: null,
    },
    {
      key: 'net-in-migration',
      name: { nb: 'Netto innflytting', en: 'Net in-migration' },
      focusArea: 'residents',
      unit: 'persons',
      direction: 'higher-is-better',
      latest: { period: '2025', value: 288 },
      target: 350,
      status: 'at-risk',
      trend: 'up',
      projection: null,
    },
    {
      key: 'guest-nights',
      name: { nb: 'Gjestedøgn', en: 'Guest nights' },
      focusArea: 'tourism',
      unit: 'count',
      direction: 'higher-is-better',
      latest: null,
      target: null,
      status: 'no-data',
      trend: 'flat',
      projection: null,
    },
  ],
};
