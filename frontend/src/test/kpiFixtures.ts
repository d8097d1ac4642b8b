import type { Kpi } from '../lib/kpis/api';

/** Every year 2019–2030 with the same target, as the contract's `targets` always lists them. */
export function targets(value: number | null, overrides: Record<number, number | null> = {}): Kpi['targets'] {
  return Array.from({ length: 12 }, (_, index) => {
    const year = 2019 + index;
    return { year, value: year in overrides ? (overrides[year] ?? null) : value };
  });
}

/** A KPI as the API returns it: net in-migration, at risk on a trend projection. */
export function kpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    key: 'net-in-migration',
    name: { nb: 'Netto innflytting', en: 'Net in-migration' },
    description: { nb: 'Innenlands og internasjonal nettoflytting til Kongsberg i året.', en: 'Net migration to Kongsberg in the year.' },
    focusArea: 'residents',
    unit: 'persons',
    direction: 'higher-is-better',
    baseline: { year: 2019, value: 212 },
    source: 'computed',
    formula: 'net-migration',
    public: true,
    latest: {
      period: '2025',
      value: 288,
      target: 350,
      status: 'at-risk',
      missPercent: 17.7,
      trend: 'up',
      source: 'computed',
      comment: null,
      evidenceUrl: null,
      enteredBy: null,
      updatedAt: null,
      version: null,
    },
    current: {
      period: '2026',
      closed: false,
      target: 350,
      actual: null,
      projection: { value: 330, method: 'trend', basedOn: ['2024', '2025'] },
      status: 'at-risk',
      missPercent: 5.7,
      trend: 'up',
    },
    sparkline: [
      { period: '2024', value: 246 },
      { period: '2025', value: 288 },
    ],
    targets: targets(350),
    version: 1,
    updatedAt: '2026-11-23T10:00:00Z',
    ...overrides,
  };
}

/** A manual KPI with a rank: Kommunebarometeret, on track with this year's own value. */
export function rankKpi(overrides: Partial<Kpi> = {}): Kpi {
  return kpi({
    key: 'kommunebarometer-rank',
    name: { nb: 'Kommunebarometeret', en: 'Municipal barometer' },
    focusArea: null,
    unit: 'rank',
    direction: 'lower-is-better',
    source: 'manual',
    formula: null,
    latest: {
      period: '2026',
      value: 8,
      target: 10,
      status: 'on-track',
      missPercent: 0,
      trend: 'down',
      source: 'manual',
      comment: 'Kommunal Rapport 2026',
      evidenceUrl: 'https://kommunal-rapport.no/barometer',
      enteredBy: 'Erik Editor',
      updatedAt: '2026-06-01T10:00:00Z',
      version: 2,
    },
    current: {
      period: '2026',
      closed: false,
      target: 10,
      actual: 8,
      projection: { value: 8, method: 'current-value', basedOn: ['2026'] },
      status: 'on-track',
      missPercent: 0,
      trend: 'down',
    },
    sparkline: [
      { period: '2025', value: 12 },
      { period: '2026', value: 8 },
    ],
    targets: targets(10),
    ...overrides,
  });
}

export const staffUser = (roles: string[]) => ({
  username: roles[0] ?? 'someone',
  displayName: 'Ada Admin',
  roles,
  partnerId: null,
  passwordChangeRequired: false,
});
