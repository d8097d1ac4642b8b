import type { Schemas } from '../lib/api/client';
import { statisticsNorway } from '../lib/api/attribution.fixtures';

type PopulationPoint = Schemas['PopulationPoint'];

/** A series point shaped exactly like the contract's, with every field null unless given. */
export function point(values: Partial<PopulationPoint> & Pick<PopulationPoint, 'period'>): PopulationPoint {
  return {
    populationStart: null,
    populationEnd: null,
    births: null,
    deaths: null,
    naturalIncrease: null,
    inMigration: null,
    outMigration: null,
    domesticNetMigration: null,
    immigration: null,
    emigration: null,
    internationalNetMigration: null,
    netMigration: null,
    growth: null,
    growthPercent: null,
    growthPer1000: null,
    adjustment: null,
    seriesBreak: false,
    boundaryChanges: [],
    flags: [],
    missing: {},
    ...values,
  };
}

/** Kongsberg's public population summary (corrected figures), as the dashboard and the widgets get it. */
export const kongsbergSummary: Schemas['PopulationSummary'] = {
  ...statisticsNorway,
  source: 'Statistics Norway (SSB); corrections by the municipality',
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
};
