import type { Report, ReportKpiRow } from './api';

function kpi(overrides: Partial<ReportKpiRow> = {}): ReportKpiRow {
  return {
    key: 'population-growth',
    name: { nb: 'Befolkningsvekst', en: 'Population growth' },
    unit: 'percent',
    direction: 'higher-is-better',
    valuePeriod: '2025',
    value: 0.6,
    target: 1,
    status: 'off-track',
    missPercent: 40,
    trend: 'up',
    previous: { status: 'at-risk', value: 0.6 },
    statusChanged: true,
    change: 0,
    ...overrides,
  };
}

/** The draft of the second tertial of 2026 as the API returns it (the contract's example, as a draft). */
export function draftReport(overrides: Partial<Report> = {}): Report {
  return {
    kind: 'tertial',
    period: '2026-T2',
    from: '2026-05-01',
    to: '2026-08-31',
    title: 'Vekst i Kongsberg – tertialrapport 2. tertial 2026',
    programmeName: 'Vekst i Kongsberg',
    status: 'draft',
    version: null,
    publishedAt: null,
    publishedBy: null,
    dataAsOf: '2026-09-10T08:30:00Z',
    previousPeriod: '2026-T1',
    previousSource: 'published',
    commentary: {
      kpis: 'Befolkningsveksten er fortsatt under målet.',
      population: null,
      financing: null,
      campaigns: null,
      actionPlan: null,
    },
    kpis: [
      kpi(),
      kpi({
        key: 'net-in-migration',
        name: { nb: 'Netto innflytting', en: 'Net in-migration' },
        unit: 'count',
        value: 140,
        target: 350,
        status: 'at-risk',
        trend: 'flat',
        previous: { status: 'at-risk', value: 120 },
        statusChanged: false,
        change: 20,
      }),
    ],
    population: {
      municipality: { code: '3303', name: 'Kongsberg' },
      population: 28421,
      populationDate: '2026-07-01',
      growthYear: '2025',
      growth: 170,
      growthPercent: 0.6,
      targetGrowthPercent: 1,
      growthTargetMet: false,
      netMigration: 140,
      targetNetInMigration: 350,
      netMigrationTargetMet: false,
    },
    financing: {
      year: 2026,
      targetNok: 4000000,
      turnoverNok: 3100000,
      remainingNok: 900000,
      progressPercent: 77.5,
      agreements: 24,
      partnersNok: 2100000,
      invoicedNok: 1800000,
      paidNok: 1500000,
      outstandingNok: 300000,
      renewal: { previousYearPartners: 22, renewedPartners: 19, ratePercent: 86.4 },
    },
    campaigns: [
      {
        id: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        name: 'Velkommen hjem 2026',
        status: 'active',
        startDate: '2026-03-01',
        endDate: '2026-10-31',
        budgetNok: 250000,
        spendNok: 120000,
        results: { impressions: 420000, reach: 150000, clicks: 6100, sessions: 4800, leads: 85 },
        targets: [{ metric: 'sessions', target: 10000, actual: 4800, percent: 48 }],
      },
    ],
    actionPlan: {
      year: 2026,
      counts: { planned: 4, inProgress: 6, done: 9, postponed: 1, cancelled: 0 },
      late: 2,
      lateItems: [{ title: 'Ny nettside for tilflyttere', owner: 'Kommunikasjon', dueDate: '2026-06-30', status: 'in-progress' }],
      postponedItems: [{ title: 'Næringsfrokost i Oslo', owner: 'KNF', dueDate: '2026-05-15', status: 'postponed' }],
      events: [{ name: 'Boligdag 2026', date: '2026-05-18', endDate: null, place: 'Kongsberg kulturhus', attendees: 450 }],
    },
    jobs: {
      municipality: { code: '3303', name: 'Kongsberg' },
      year: '2025',
      jobs: 17850,
      growth: 212,
      growthPercent: 1.2,
      employedResidents: 14410,
      integrationShare: 76.47,
      enterprisesRegistered: 41,
      enterprisesDeleted: 18,
      enterprisesNet: 23,
    },
    ...overrides,
  };
}

export const versionOne = { version: 1, publishedAt: '2026-09-10T08:30:00Z', publishedBy: 'Kari Nordmann' };

export const publishedList = {
  items: [
    {
      kind: 'tertial',
      period: '2026-T2',
      from: '2026-05-01',
      to: '2026-08-31',
      latestVersion: 1,
      publishedAt: '2026-09-10T08:30:00Z',
      publishedBy: 'Kari Nordmann',
    },
  ],
};
