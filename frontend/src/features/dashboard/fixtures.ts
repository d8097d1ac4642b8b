import type { PopulationSeries, PopulationSummary } from './api';

export const kongsbergSummary: PopulationSummary = {
  municipality: { code: '3303', name: 'Kongsberg' },
  variant: 'corrected',
  population: 28604,
  populationDate: '2023-09-30',
  growthYear: '2022',
  growth: 396,
  growthPercent: 1.42,
  targetGrowthPercent: 1.0,
  targetMet: true,
  source: 'kongsberg.no (figures from Statistics Norway)',
};

export const kongsbergSeries: PopulationSeries = {
  municipality: { code: '3303', name: 'Kongsberg' },
  variant: 'corrected',
  granularity: 'year',
  points: [
    { period: '2021', populationStart: 27694, populationEnd: 27879, growth: 185, growthPercent: 0.67, seriesBreak: false, flags: [] },
    { period: '2022', populationStart: 27879, populationEnd: 28275, growth: 396, growthPercent: 1.42, seriesBreak: false, flags: [] },
    { period: '2023', populationStart: 28275, populationEnd: null, growth: null, growthPercent: null, seriesBreak: false, flags: [] },
  ],
};
