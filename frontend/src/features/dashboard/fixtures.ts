import { point } from '../../test/populationFixtures';
import type { PopulationSeries } from './api';
import { statisticsNorway } from '../../lib/api/attribution.fixtures';

export { kongsbergSummary } from '../../test/populationFixtures';

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
