import type { Campaign, CampaignMetrics, MetricTotals } from './api';

export const campaignId = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const partner = { id: 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b', name: 'Fjellvik Presisjon AS (fiktiv)' };

export function totals(overrides: Partial<MetricTotals> = {}): MetricTotals {
  return {
    impressions: 120000,
    reach: 80000,
    clicks: 2400,
    sessions: 1800,
    leads: 60,
    costNok: 15000,
    ctr: 2,
    costPerClick: 6.25,
    costPerLead: 250,
    ...overrides,
  };
}

/** "Velkommen hjem 2026" as the API returns it, halfway through its run. */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: campaignId,
    name: 'Velkommen hjem 2026',
    slug: 'velkommen-hjem-2026',
    description: 'Rekrutterer utflyttede kongsbergensere.',
    focusAreas: ['residents'],
    targetGroups: ['Utflyttede 25-40 år'],
    channels: ['meta', 'web'],
    startDate: '2026-03-01',
    endDate: '2026-10-31',
    budgetNok: 600000,
    otherSpendNok: 80000,
    spendNok: 95000,
    overBudget: false,
    owner: 'Kongsberg Næringsforum',
    status: 'active',
    kpis: [{ key: 'visibility-reach', name: { nb: 'Synlighet', en: 'Visibility' }, feeds: 'sessions' }],
    partners: [{ partnerId: partner.id, name: partner.name, amountNok: 100000 }],
    targets: { sessions: 20000, leads: 300 },
    links: [
      {
        baseUrl: 'https://www.kongsberg.no/velkommen-hjem',
        source: 'meta',
        medium: 'paid-social',
        content: 'video-a',
        url: 'https://www.kongsberg.no/velkommen-hjem?utm_source=meta&utm_medium=paid-social&utm_campaign=velkommen-hjem-2026&utm_content=video-a',
      },
    ],
    totals: totals(),
    progress: {
      targets: [
        { metric: 'sessions', target: 20000, actual: 1800, percent: 9 },
        { metric: 'leads', target: 300, actual: 60, percent: 20 },
      ],
      budgetUsedPercent: 15.8,
      elapsedPercent: 50,
    },
    demo: false,
    version: 3,
    createdAt: '2026-02-01T10:00:00Z',
    updatedAt: '2026-03-09T10:00:00Z',
    ...overrides,
  };
}

export function metrics(overrides: Partial<CampaignMetrics> = {}): CampaignMetrics {
  return {
    campaignId,
    from: null,
    to: null,
    rows: [],
    totals: totals(),
    byChannel: [
      { channel: 'meta', totals: totals({ sessions: 1200 }) },
      { channel: 'web', totals: totals({ sessions: 600, impressions: 0, ctr: null, costPerLead: null }) },
    ],
    daily: [
      { date: '2026-03-02', totals: totals({ sessions: 900 }) },
      { date: '2026-03-03', totals: totals({ sessions: 900 }) },
    ],
    ...overrides,
  };
}
