import { point } from '../../test/populationFixtures';
import type { PopulationSeries, PopulationSummary } from './api';
import { statisticsNorway } from '../../lib/api/attribution.fixtures';

export const kongsbergSummary: PopulationSummary = {
  ...statisticsNorway,
  municipality: { code: '3303', name: 'Kongsberg' },
  variant: 'corrected',
  population: 28604,
  populationDate: '2023-09-30',
  growthYear: '2022',
  growth: 396,
  growthPercent: 1.42,
  targetGrowthPercent: 1.0,
  targetMet: true,
  netMigration: 412,
  targetNetInMigration: 350,
  netInMigrationTargetMet: true,
  projection: {
    until: '2030',
    verdict: 'behind',
    trendGrowthPercent: 0.98,
    projectedPopulation: 30552,
    targetPopulation: 30594,
    divergesIn: '2027',
  },
  source: 'kongsberg.no (figures from Statistics Norway)',
};

export const kongsbergSeries: PopulationSeries = {
  ...statisticsNorway,
  subject: { kind: 'municipality', key: '3303', name: 'Kongsberg', members: [] },
  variant: 'corrected',
  granularity: 'year',
  points: [
    point({ period: '2021', populationStart: 27694, populationEnd: 27879, growth: 185, growthPercent: 0.67 }),
    point({ period: '2022', populationStart: 27879, populationEnd: 28275, growth: 396, growthPercent: 1.42 }),
    point({ period: '2023', populationStart: 28275 }),
  ],
  average: null,
  targets: null,
  notes: [],
};
